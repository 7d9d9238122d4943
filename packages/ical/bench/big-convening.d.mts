// Types for test/one-session.test.ts, which imports the benchmark's document.
export declare const organizations: readonly { id: string; name: string; shortName: string }[];
export declare const people: readonly { id: string; name: string; email: string }[];
export declare const venues: readonly { id: string; kind: string; name: string }[];
export declare const sessions: readonly {
  id: string;
  start: string;
  end: string;
  timeZone: string;
}[];
export declare const convening: Record<string, unknown>;
