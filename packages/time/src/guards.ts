import { argumentGuards } from "@convening/core";
import { InvalidTimeArgumentError } from "./errors.js";

/**
 * Core's argument checks, throwing this package's `InvalidTimeArgumentError` at the leaf path:
 * every function that takes plain data reads it through these once, at entry.
 */
export const guard = argumentGuards(InvalidTimeArgumentError);
