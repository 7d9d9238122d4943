import { isWebUrl, MAX_SEQUENCE } from "@convening/core";
import * as z from "zod";
import { isCountryCode } from "./country.js";

export function webUrl(description: string) {
  return z
    .string()
    .refine(isWebUrl, {
      message: "must be an absolute http(s) URL without spaces or control characters",
      params: { code: "invalid_url" },
    })
    .meta({ description, format: "uri" });
}

/**
 * A calendar revision (iCal SEQUENCE): a whole number from 0 to 2³¹−1 (core's `MAX_SEQUENCE`,
 * the largest RFC 5545 §3.3.8 INTEGER; libical wraps anything larger to a negative), default 0.
 */
export function sequence(description: string) {
  return z.int().min(0).max(MAX_SEQUENCE).default(0).meta({ description });
}

export function email(description: string) {
  return z
    .email({ message: "must be an e-mail address such as name@example.org" })
    .max(254)
    .meta({ description });
}

/**
 * An ISO 3166-1 alpha-2 country code, upper case (`KE`, `GB`); only officially assigned codes.
 *
 * @example
 * ```ts
 * CountrySchema.parse("KE"); // "KE"
 * CountrySchema.safeParse("UK").success; // false: the code is GB
 * ```
 */
export const CountrySchema = z
  .string()
  .refine(isCountryCode, {
    message: "must be an ISO 3166-1 alpha-2 country code such as KE or GB",
    params: { code: "invalid_country" },
  })
  .meta({
    description: "An ISO 3166-1 alpha-2 country code, upper case: KE, GB, IN, VN.",
    pattern: "^[A-Z]{2}$",
  });

/**
 * Who may see a member or one of their fields: `public`, `network` (signed-in members) or `private` (organisers).
 *
 * @example
 * ```ts
 * VisibilitySchema.parse("network");
 * ```
 */
export const VisibilitySchema = z.enum(["public", "network", "private"]).meta({
  description:
    "Who may see it: public (anyone, feeds and pages included), network (signed-in members of the network), private (organisers only).",
});

/**
 * `public`, `network` or `private`; see {@link VisibilitySchema}.
 *
 * @example
 * ```ts
 * const everyone: Visibility = "public";
 * ```
 */
export type Visibility = z.infer<typeof VisibilitySchema>;

/**
 * A point on Earth in WGS 84 decimal degrees, for maps and the iCal `GEO` property.
 *
 * @example
 * ```ts
 * GeoSchema.parse({ lat: 50.8467, lon: 4.3525 }); // Brussels
 * ```
 */
export const GeoSchema = z
  .strictObject({
    lat: z.number().min(-90).max(90).meta({ description: "Latitude in decimal degrees (WGS 84)." }),
    lon: z
      .number()
      .min(-180)
      .max(180)
      .meta({ description: "Longitude in decimal degrees (WGS 84)." }),
  })
  .meta({ description: "A point on Earth, for maps and the iCal GEO property." });
