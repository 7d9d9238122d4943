// Google's documented rules for Event rich results (Search Central, "Event (Event, Place,
// VirtualLocation) structured data", required and recommended properties), as checks on one
// Event node. @adobe/structured-data-validator 1.7.1 has no Event handler (its types/ folder
// covers Product, Recipe, JobPosting and the like), so these checks stand in for it.

type Node = Record<string, unknown>;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const asArray = (v: unknown): Node[] =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v]) as Node[];

/** Problems Google would report for `event` (required: errors; recommended: warnings). */
export function googleEventProblems(
  event: Node,
  where = "Event",
): { errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  if (typeof event.name !== "string" || event.name === "")
    errors.push(`${where}: name is required`);
  if (typeof event.startDate !== "string") errors.push(`${where}: startDate is required`);
  for (const key of ["startDate", "endDate", "previousStartDate"]) {
    const v = event[key];
    if (v !== undefined && !(typeof v === "string" && (INSTANT.test(v) || DATE.test(v)))) {
      errors.push(`${where}: ${key} ${String(v)} is not an ISO 8601 date or date-time with offset`);
    }
  }
  const locations = asArray(event.location);
  if (locations.length === 0) errors.push(`${where}: location is required`);
  for (const l of locations) {
    if (l["@type"] === "Place") {
      if (l.address === undefined)
        errors.push(`${where}: Place ${String(l.name)} needs an address`);
    } else if (l["@type"] === "VirtualLocation") {
      if (typeof l.url !== "string") errors.push(`${where}: VirtualLocation needs a url`);
    } else errors.push(`${where}: location of type ${String(l["@type"])}`);
  }
  for (const key of [
    "description",
    "endDate",
    "eventAttendanceMode",
    "eventStatus",
    "organizer",
    "offers",
    "performer",
    "image",
  ]) {
    if (event[key] === undefined) warnings.push(`${where}: ${key} is recommended`);
  }
  if (
    event.eventStatus === "https://schema.org/EventRescheduled" &&
    event.previousStartDate === undefined
  ) {
    warnings.push(`${where}: previousStartDate is recommended for a rescheduled event`);
  }
  for (const o of asArray(event.offers)) {
    for (const key of ["price", "url"])
      if (o[key] === undefined) warnings.push(`${where}: offers.${key} is recommended`);
  }
  for (const p of [...asArray(event.organizer), ...asArray(event.performer)]) {
    if (typeof p.name !== "string") errors.push(`${where}: organizer/performer needs a name`);
  }
  return { errors, warnings };
}

/** Every Event node in a JSON-LD tree with its path. */
export function eventNodes(node: unknown, path = "$"): [string, Node][] {
  if (typeof node !== "object" || node === null) return [];
  if (Array.isArray(node)) return node.flatMap((n, i) => eventNodes(n, `${path}[${i}]`));
  const n = node as Node;
  const own: [string, Node][] = n["@type"] === "Event" ? [[path, n]] : [];
  return [
    ...own,
    ...Object.entries(n).flatMap(([k, v]) =>
      k.startsWith("@") ? [] : eventNodes(v, `${path}.${k}`),
    ),
  ];
}
