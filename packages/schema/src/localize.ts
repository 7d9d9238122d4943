// `localize` lives in @convening/core so lean code (calendar links in a browser) can use it
// without loading zod; it is re-exported here unchanged.
export { localize } from "@convening/core";
