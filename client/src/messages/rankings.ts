// Messages of one part of the dashboard, EN and NL with the same keys (checked by the compiler).
export const en = {} as const;

export const nl: Record<keyof typeof en, string> = {};
