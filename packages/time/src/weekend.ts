import type { Weekday } from "@convening/schema";
import { ZONE_COUNTRIES } from "./zone-data.generated.js";

/**
 * Countries whose working week does not end on Saturday and Sunday (ISO 3166-1 alpha-2 → weekend
 * days), as governments set them in 2025. The United Arab Emirates moved to Saturday–Sunday in
 * 2022 and is not listed. A person's own `weekend` overrides this table.
 *
 * @example
 * ```ts
 * WEEKENDS_BY_COUNTRY.SA; // ["fr", "sa"]
 * ```
 */
export const WEEKENDS_BY_COUNTRY: Readonly<Record<string, readonly Weekday[]>> = {
  // Friday–Saturday
  BD: ["fr", "sa"],
  BH: ["fr", "sa"],
  DZ: ["fr", "sa"],
  EG: ["fr", "sa"],
  IL: ["fr", "sa"],
  IQ: ["fr", "sa"],
  JO: ["fr", "sa"],
  KW: ["fr", "sa"],
  LY: ["fr", "sa"],
  MV: ["fr", "sa"],
  OM: ["fr", "sa"],
  PS: ["fr", "sa"],
  QA: ["fr", "sa"],
  SA: ["fr", "sa"],
  SD: ["fr", "sa"],
  SY: ["fr", "sa"],
  YE: ["fr", "sa"],
  // Thursday–Friday
  AF: ["th", "fr"],
  IR: ["th", "fr"],
  // Friday and Sunday
  BN: ["fr", "su"],
};

const SATURDAY_SUNDAY: readonly Weekday[] = ["sa", "su"];

/** The weekend of a person: their own list, else their country's, else their zone's country's, else Saturday–Sunday. */
export function weekendOf(
  own: readonly Weekday[] | undefined,
  country: string | undefined,
  zone: string,
): readonly Weekday[] {
  if (own) return own;
  const code = (country ?? ZONE_COUNTRIES[zone])?.toUpperCase();
  return (code && WEEKENDS_BY_COUNTRY[code]) || SATURDAY_SUNDAY;
}
