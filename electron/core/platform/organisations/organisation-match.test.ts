import { describe, expect, it } from 'vitest';
import { matchOrganisations, ORGANISATIONS_SHOWN } from './organisation-match';

const PARK = [
  { company: '苏州纳微科技', branch: '纳微科技党支部' },
  { company: '星湖生物医药', branch: '星湖生物第一党支部' },
  { company: '星湖生物医药', branch: '星湖生物第二党支部' },
  { company: null, branch: '园区机关党委' },
  { company: '重庆路物流', branch: null },
];
const names = (q: string) => matchOrganisations(PARK, q).map((o) => o.branch ?? o.company);

describe('the park’s organisations as one types', () => {
  it('finds a company or branch by Han anywhere, 繁體, pinyin or initials from a syllable', () => {
    expect(names('纳微')).toEqual(['纳微科技党支部']);
    expect(names('第二')).toEqual(['星湖生物第二党支部']);
    expect(names('星湖生物')).toEqual(['星湖生物第二党支部', '星湖生物第一党支部']);
    expect(names('納微')).toEqual(['纳微科技党支部']);
    expect(names('nawei')).toEqual(['纳微科技党支部']);
    expect(names('NaWei')).toEqual(['纳微科技党支部']);
    expect(names('kejidang')).toEqual(['纳微科技党支部']);
    expect(names('nwkj')).toEqual(['纳微科技党支部']);
    expect(names('jiguan')).toEqual(['园区机关党委']);
    // A polyphonic character under its reading in the name (重庆 chongqing) and its common one.
    expect(names('chongqing')).toEqual(['重庆路物流']);
  });

  it('offers nothing for an empty query or no match, each pair once, those that begin with it first', () => {
    expect(names('')).toEqual([]);
    expect(names('   ')).toEqual([]);
    expect(names('银行')).toEqual([]);
    expect(
      matchOrganisations([...PARK, ...PARK, { company: ' 苏州纳微科技 ', branch: '纳微科技党支部' }], '纳微'),
    ).toEqual([{ company: '苏州纳微科技', branch: '纳微科技党支部' }]);
    // 党支部 is in three names; none begins with it. 星湖 begins two companies, in pinyin order (di er, di yi).
    expect(names('党支部')).toHaveLength(3);
    expect(names('xinghu')).toEqual(['星湖生物第二党支部', '星湖生物第一党支部']);
    const many = Array.from({ length: 30 }, (_, i) => ({ company: `第${i}企业`, branch: null }));
    expect(matchOrganisations(many, '企业')).toHaveLength(ORGANISATIONS_SHOWN);
  });
});
