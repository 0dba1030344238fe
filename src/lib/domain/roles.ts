/** Staff roles (UI-TERMS: tình nguyện viên, cán bộ một cửa, quản lý điểm, quản trị). */
export const roles = ['volunteer', 'officer', 'manager', 'admin'] as const;
export type Role = (typeof roles)[number];
