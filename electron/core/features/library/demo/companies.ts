import type { DemoCompany } from './demo-types';

// Fictional firms of a fictional park (星湖产业园); any likeness to a registered company is chance.
export const demoCompanies: readonly DemoCompany[] = [
  {
    code: 'xh-imf',
    name: '星湖智能制造有限公司',
    shortName: '智能制造',
    branches: [
      { code: 'xh-imf-1', name: '星湖智能制造有限公司第一党支部' },
      { code: 'xh-imf-2', name: '星湖智能制造有限公司第二党支部' },
    ],
  },
  {
    code: 'xh-bio',
    name: '星湖恒康生物医药有限公司',
    shortName: '恒康医药',
    branches: [{ code: 'xh-bio-1', name: '星湖恒康生物医药有限公司党支部' }],
  },
  {
    code: 'xh-bat',
    name: '星湖新能源电池有限公司',
    shortName: '新能源电池',
    branches: [{ code: 'xh-bat-1', name: '星湖新能源电池有限公司党支部' }],
  },
  {
    code: 'xh-pmc',
    name: '星湖精密机械有限公司',
    shortName: '精密机械',
    branches: [{ code: 'xh-pmc-1', name: '星湖精密机械有限公司党支部' }],
  },
  {
    code: 'xh-log',
    name: '星湖供应链物流有限公司',
    shortName: '供应链物流',
    branches: [{ code: 'xh-log-1', name: '星湖供应链物流有限公司党支部' }],
  },
  {
    code: 'xh-sw',
    name: '星湖软件信息服务有限公司',
    shortName: '软件信息',
    branches: [{ code: 'xh-sw-1', name: '星湖软件信息服务有限公司党支部' }],
  },
  {
    code: 'xh-centre',
    name: '星湖产业园党群服务中心',
    shortName: '党群服务中心',
    branches: [{ code: 'xh-centre-1', name: '星湖产业园党群服务中心党支部' }],
  },
  {
    code: 'xh-hubin',
    name: '星湖街道湖滨社区',
    shortName: '湖滨社区',
    branches: [{ code: 'xh-hubin-1', name: '湖滨社区第一党支部' }],
  },
];
