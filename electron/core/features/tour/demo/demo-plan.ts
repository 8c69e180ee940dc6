import type { FloorPlan, PlanPoint } from '../../../../shared/tour.api';

type Floor = FloorPlan['floors'][number];
type Wall = Floor['walls'][number];

const rect = (x0: number, y0: number, x1: number, y1: number): PlanPoint[] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
];
const door = (at: number, width = 1.6) => ({ kind: 'door' as const, at, width });
const window = (at: number, width = 3) => ({ kind: 'window' as const, at, width });
const wall = (from: PlanPoint, to: PlanPoint, ...openings: NonNullable<Wall['openings']>): Wall =>
  openings.length > 0 ? { from, to, openings } : { from, to };
/** The outer walls of the 40 × 24 m building, with a window every 6 m except where a door is. */
const shell = (entrance: number | null): Wall[] => [
  wall([0, 0], [40, 0], window(5), window(11), window(22), window(28), window(34)),
  wall([40, 0], [40, 24], window(6), window(18)),
  entrance === null
    ? wall([40, 24], [0, 24], window(6), window(16), window(26), window(34))
    : wall([40, 24], [0, 24], window(6), window(16), window(26), door(40 - entrance, 3)),
  wall([0, 24], [0, 0], window(6), window(18)),
];
/** Rows of chairs facing up the page, `rows` × `per` of them from (x, y). */
const seats = (x: number, y: number, rows: number, per: number, gap = 1.2): Floor['items'] =>
  Array.from({ length: rows }, (_, r) => ({
    kind: 'seating' as const,
    at: [x, y + r * gap] as PlanPoint,
    size: [per * 0.6, 0.5] as [number, number],
  }));

const room = (id: string) => ({ area: 'venues', kind: 'room', id });
const shelf = (id: number) => ({ area: 'library', kind: 'shelf', id: String(id) });
const exhibition = (id: number) => ({ area: 'exhibitions', kind: 'exhibition', id: String(id) });

/**
 * 星湖科技园党群服务中心 as drawn for the demo: two floors of a 40 × 24 m building. Its hotspots open
 * the demo's own rooms (venue ids 1–5), the reading room's shelves (1–5: 党史学习角 and the four
 * periods) and the two exhibitions (1, 2), as the other areas' demo seeds number them.
 */
export const DEMO_PLAN: FloorPlan = {
  version: 1,
  name: { 'zh-CN': '星湖科技园党群服务中心', en: 'Xinghu Science Park Party-Masses Service Centre' },
  size: [40, 24],
  storey: 3.6,
  start: { floor: '1F', at: [2.5, 22.5], look: [12, 13] },
  floors: [
    {
      id: '1F',
      name: { 'zh-CN': '一层', en: 'Ground floor' },
      rooms: [
        { id: 'reading', name: { 'zh-CN': '红色书吧', en: 'Red Reading Room' }, outline: rect(0, 0, 16, 12) },
        {
          id: 'hall',
          name: { 'zh-CN': '园区历史展厅', en: 'Park History Hall' },
          outline: rect(16, 0, 40, 12),
        },
        { id: 'lobby', name: { 'zh-CN': '服务大厅', en: 'Service Lobby' }, outline: rect(0, 12, 16, 24) },
        {
          id: 'multi',
          name: { 'zh-CN': '多功能厅', en: 'Multi-purpose Hall' },
          outline: rect(16, 12, 40, 24),
        },
      ],
      walls: [
        ...shell(8),
        wall([16, 0], [16, 24], door(6), door(18)),
        wall([0, 12], [16, 12], door(8, 2.4)),
        wall([16, 12], [40, 12], door(4, 2.4)),
      ],
      items: [
        { kind: 'shelf', at: [3.5, 0.5], size: [5, 0.6] },
        { kind: 'shelf', at: [9.5, 0.5], size: [5, 0.6] },
        { kind: 'shelf', at: [0.5, 4.5], size: [5, 0.6], turn: 90 },
        { kind: 'shelf', at: [0.5, 9], size: [3.5, 0.6], turn: 90 },
        { kind: 'shelf', at: [15.5, 2.5], size: [4, 0.6], turn: 90 },
        { kind: 'table', at: [6, 6.5], size: [3, 1.4] },
        { kind: 'table', at: [11, 6.5], size: [3, 1.4] },
        ...seats(6, 8, 1, 4),
        ...seats(11, 8, 1, 4),
        { kind: 'exhibitWall', at: [22.5, 0.4], size: [9, 0.4] },
        { kind: 'exhibitWall', at: [33.5, 0.4], size: [9, 0.4] },
        { kind: 'exhibitWall', at: [28, 6.5], size: [6, 0.4], turn: 90 },
        { kind: 'screen', at: [39.6, 6], size: [3, 0.2], turn: 90 },
        { kind: 'desk', at: [8, 17.5], size: [4, 1] },
        { kind: 'seating', at: [2, 20], size: [0.8, 3], turn: 0 },
        { kind: 'lectern', at: [37.5, 18], size: [0.8, 0.6] },
        { kind: 'screen', at: [39.6, 18], size: [4, 0.2], turn: 90 },
        ...seats(24, 14.5, 6, 10).map((s) => ({ ...s, turn: 90 })),
      ],
      hotspots: [
        {
          id: 'desk',
          at: [8, 16],
          label: { 'zh-CN': '服务台', en: 'Service desk' },
          info: {
            text: {
              'zh-CN': '办理借阅证、场地预约和党组织关系咨询。工作日 9:00–17:30 有工作人员值守。',
              en: 'Library cards, room bookings and questions about Party membership transfers. Staffed on weekdays, 9:00–17:30.',
            },
          },
        },
        { id: 'reading-room', at: [8, 10], link: room('5') },
        { id: 'shelf-study', at: [3.5, 1.6], link: shelf(1) },
        { id: 'shelf-revolution', at: [9.5, 1.6], link: shelf(2) },
        { id: 'shelf-construction', at: [1.6, 4.5], link: shelf(3) },
        { id: 'shelf-reform', at: [1.6, 9], link: shelf(4) },
        { id: 'shelf-new-era', at: [14.4, 2.5], link: shelf(5) },
        { id: 'wall-park', at: [22.5, 1.6], link: exhibition(1) },
        { id: 'wall-party', at: [33.5, 1.6], link: exhibition(2) },
        { id: 'multi-hall', at: [30, 18], link: room('1') },
      ],
    },
    {
      id: '2F',
      name: { 'zh-CN': '二层', en: 'First floor' },
      rooms: [
        {
          id: 'members',
          name: { 'zh-CN': '党员活动室', en: 'Party Members’ Room' },
          outline: rect(0, 0, 16, 12),
        },
        { id: 'meeting', name: { 'zh-CN': '会议室', en: 'Meeting Room' }, outline: rect(16, 0, 28, 12) },
        { id: 'maker', name: { 'zh-CN': '创客空间', en: 'Maker Space' }, outline: rect(28, 0, 40, 24) },
        { id: 'corridor', name: { 'zh-CN': '休息区', en: 'Lounge' }, outline: rect(0, 12, 28, 24) },
      ],
      walls: [
        ...shell(null),
        wall([16, 0], [16, 12]),
        wall([28, 0], [28, 24], door(16, 2.4)),
        wall([0, 12], [28, 12], door(8, 2), door(22, 1.8)),
      ],
      items: [
        { kind: 'exhibitWall', at: [8, 0.4], size: [8, 0.4] },
        { kind: 'table', at: [8, 6], size: [6, 2] },
        ...seats(5.5, 4.2, 1, 6),
        ...seats(5.5, 7.8, 1, 6),
        { kind: 'table', at: [22, 6], size: [5, 2] },
        ...seats(19.8, 4.2, 1, 8),
        ...seats(19.8, 7.8, 1, 8),
        { kind: 'screen', at: [27.6, 6], size: [2.5, 0.2], turn: 90 },
        { kind: 'table', at: [32, 6], size: [4, 1.6] },
        { kind: 'table', at: [37, 6], size: [4, 1.6] },
        { kind: 'table', at: [32, 14], size: [4, 1.6] },
        { kind: 'table', at: [37, 14], size: [4, 1.6] },
        { kind: 'shelf', at: [34, 23.5], size: [8, 0.6] },
        { kind: 'seating', at: [6, 20], size: [3, 0.8] },
        { kind: 'seating', at: [12, 20], size: [3, 0.8] },
        { kind: 'exhibitWall', at: [20, 23.6], size: [10, 0.3] },
      ],
      hotspots: [
        { id: 'members-room', at: [8, 10], link: room('2') },
        { id: 'meeting-room', at: [22, 10], link: room('3') },
        { id: 'maker-space', at: [34, 10], link: room('4') },
        {
          id: 'honours',
          at: [20, 22.4],
          label: { 'zh-CN': '荣誉墙', en: 'Wall of honours' },
          info: {
            text: {
              'zh-CN': '园区各企业党组织和优秀共产党员获得的荣誉，每年七一前后更新。',
              en: 'Honours won by the Party organisations of the park’s companies and by outstanding members, updated each year around 1 July.',
            },
          },
        },
      ],
    },
  ],
  tour: [
    {
      floor: '1F',
      at: [8, 21],
      look: [8, 16],
      hotspot: 'desk',
      caption: {
        'zh-CN': '欢迎来到星湖科技园党群服务中心。服务台可以办理借阅证和场地预约。',
        en: 'Welcome to the Xinghu Science Park Party-Masses Service Centre. The service desk issues library cards and books rooms.',
      },
    },
    {
      floor: '1F',
      at: [8, 10.5],
      look: [8, 3],
      hotspot: 'reading-room',
      caption: {
        'zh-CN': '红色书吧藏有党史、理论和红色经典图书，欢迎借阅。',
        en: 'The Red Reading Room holds books on Party history, theory and red classics to borrow.',
      },
    },
    {
      floor: '1F',
      at: [4, 4],
      look: [3.5, 0.5],
      hotspot: 'shelf-study',
      caption: {
        'zh-CN': '党史学习角：党史学习教育的指定读物都在这里。',
        en: 'The Party history study corner: the set readings of Party history education are here.',
      },
    },
    {
      floor: '1F',
      at: [22.5, 6],
      look: [22.5, 0.5],
      hotspot: 'wall-park',
      caption: {
        'zh-CN': '园区历史展：从一片农田到科技园区的三十年。',
        en: 'The park history exhibition: thirty years from farmland to science park.',
      },
    },
    {
      floor: '1F',
      at: [33.5, 6],
      look: [33.5, 0.5],
      hotspot: 'wall-party',
      caption: {
        'zh-CN': '党史展墙按四个历史时期讲述党的百年历程。',
        en: 'The Party history wall tells the Party’s hundred years in four periods.',
      },
    },
    {
      floor: '1F',
      at: [20, 18],
      look: [36, 18],
      hotspot: 'multi-hall',
      caption: {
        'zh-CN': '多功能厅可容纳120人，用于主题党日、培训和讲座。',
        en: 'The multi-purpose hall seats 120, for themed Party days, training and talks.',
      },
    },
    {
      floor: '2F',
      at: [8, 14],
      look: [8, 4],
      hotspot: 'members-room',
      caption: {
        'zh-CN': '二层的党员活动室，支部可以在这里开展组织生活。',
        en: 'Upstairs, the Party members’ room, where branches hold their meetings.',
      },
    },
    {
      floor: '2F',
      at: [22, 14],
      look: [22, 4],
      hotspot: 'meeting-room',
      caption: {
        'zh-CN': '会议室适合十几人的支委会和座谈。',
        en: 'The meeting room suits branch committee meetings and talks of a dozen people.',
      },
    },
    {
      floor: '2F',
      at: [30, 18],
      look: [36, 8],
      hotspot: 'maker-space',
      caption: {
        'zh-CN': '创客空间向园区青年开放，可预约举办沙龙和活动。',
        en: 'The maker space is open to the park’s young people and can be booked for salons.',
      },
    },
  ],
};
