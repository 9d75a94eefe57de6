import {describe, expect, it} from 'vitest';
import {speakerStats} from '../../../source/core/analysis/speakers.js';
import {storeOf} from '../../../source/core/transcript/message-store.js';
import {messages} from '../message-factory.js';

describe('speakerStats', () => {
	it('gives nothing for an empty day', () => {
		expect(speakerStats(storeOf([]), {})).toEqual([]);
	});

	it('counts per speaker, by count then name', () => {
		const day = messages([
			['10:00:00', 'bob'],
			['+1', 'alice'],
			['+1', 'carol'],
			['+1', 'bob'],
			['+1', ''],
		]);
		expect(speakerStats(storeOf(day), {})).toEqual([
			{name: 'bob', count: 2, aliases: []},
			{name: '', count: 1, aliases: []},
			{name: 'alice', count: 1, aliases: []},
			{name: 'carol', count: 1, aliases: []},
		]);
	});

	it('lists aliases under their canonical name and counts stray alias messages there', () => {
		const day = messages([
			['10:00:00', '龚晓冬-银商账户-产品-上海'],
			['+1', '龚晓冬-银商账户-产品-上海'],
			['+1', '龚晓冬'],
			['+1', 'other'],
		]);
		const aliases = {
			龚晓冬: '龚晓冬-银商账户-产品-上海',
			龚晓冬2: '龚晓冬-银商账户-产品-上海',
			ghost: 'nobody',
		};
		expect(speakerStats(storeOf(day), aliases)).toEqual([
			{name: '龚晓冬-银商账户-产品-上海', count: 3, aliases: ['龚晓冬', '龚晓冬2']},
			{name: 'other', count: 1, aliases: []},
		]);
	});

	it('is not fooled by speakers named after Object properties', () => {
		const day = messages([
			['10:00:00', 'constructor'],
			['+1', '__proto__'],
			['+1', 'toString'],
		]);
		expect(speakerStats(storeOf(day), {}).map((stat) => [stat.name, stat.count])).toEqual([
			['__proto__', 1],
			['constructor', 1],
			['toString', 1],
		]);
	});
});
