export const ORGANIZER = { name: "Programme team", email: "programme@example.org" } as const;
export const FROM = { name: "Programme team", address: "programme@example.org" } as const;
export const BASE = { organizer: ORGANIZER, from: FROM } as const;
