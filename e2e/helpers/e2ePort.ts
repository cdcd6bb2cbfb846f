export const e2ePort = Number(process.env.E2E_PORT || 3100)
