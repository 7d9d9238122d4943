// @adobe/structured-data-validator ships JavaScript without types; what the tests use of it.
declare module "@adobe/structured-data-validator" {
  export interface StructuredDataIssue {
    issueMessage: string;
    severity: "ERROR" | "WARNING";
    path?: unknown[];
    fieldNames?: string[];
  }
  export default class Validator {
    constructor(schemaOrgJson: unknown);
    validate(data: { jsonld?: Record<string, unknown[]> }): Promise<StructuredDataIssue[]>;
  }
}
