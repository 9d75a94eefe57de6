import type {Plugin} from 'esbuild';

export const noDevtools: Plugin;
