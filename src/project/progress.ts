/**
 * project/progress: how a long step reports how far it is (a CLI draws a bar on a terminal).
 */
export type Progress = (label: string, done: number, total: number) => void
