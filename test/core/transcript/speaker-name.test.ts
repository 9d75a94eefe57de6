import {describe, expect, it} from 'vitest';
import {speakerParts, splitSpeaker} from '../../../source/core/transcript/speaker-name.js';

describe('splitSpeaker', () => {
	it('splits the full convention', () => {
		expect(splitSpeaker('曾卓-长丰集团-架构师-长沙')).toEqual({
			nick: '曾卓',
			company: '长丰集团',
			role: '架构师',
			city: '长沙',
		});
	});

	it('lets parts be missing', () => {
		expect(splitSpeaker('Eric-Silot-SG')).toEqual({nick: 'Eric', company: 'Silot', role: 'SG'});
		expect(splitSpeaker('凤凰牌老熊-群管理')).toEqual({nick: '凤凰牌老熊', company: '群管理'});
		expect(splitSpeaker('龚晓冬')).toEqual({nick: '龚晓冬'});
		expect(splitSpeaker('')).toEqual({nick: ''});
		expect(splitSpeaker('  ---  ')).toEqual({nick: '---'});
	});

	it('reads every separator, mixed or not', () => {
		expect(splitSpeaker('terrfly_待业_研发')).toEqual({
			nick: 'terrfly',
			company: '待业',
			role: '研发',
		});
		expect(splitSpeaker('小七-研发~深圳')).toEqual({nick: '小七', company: '研发', role: '深圳'});
		expect(splitSpeaker('a―b+c·d')).toEqual({nick: 'a', company: 'b', role: 'c', city: 'd'});
		expect(splitSpeaker('Sunny -深圳 -产品')).toEqual({
			nick: 'Sunny',
			company: '深圳',
			role: '产品',
		});
	});

	it('splits on spaces only when no other separator is used', () => {
		expect(splitSpeaker('micheal 简米 开发')).toEqual({
			nick: 'micheal',
			company: '简米',
			role: '开发',
		});
		expect(splitSpeaker('张泽雄-民生金服 项目总监')).toEqual({
			nick: '张泽雄',
			company: '民生金服 项目总监',
		});
	});

	it('folds extra parts into the role and keeps the last as the city', () => {
		expect(splitSpeaker('a-b-c-d-e')).toEqual({nick: 'a', company: 'b', role: 'c-d', city: 'e'});
	});

	it('counts parts', () => {
		expect(speakerParts('龚晓冬')).toBe(1);
		expect(speakerParts('龚晓冬-银商账户-产品-上海')).toBe(4);
	});
});
