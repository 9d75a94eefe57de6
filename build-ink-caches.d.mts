import type {Plugin} from 'esbuild';

export function patchOutput(source: string): string;
export function patchRenderNodeToOutput(source: string): string;
export function patchMeasureText(source: string): string;
export function patchSanitizeAnsi(source: string): string;
export const inkCaches: Plugin;
