import type { DemoExhibitionSource } from './demo-types';
import { testimonyExhibit } from './testimony';

// 星湖科技园: a fictional park, its companies and people invented for the demo centre. Every picture
// is a drawn illustration (示意插画), which the exhibition's intro and each credit say.

export const parkHistory: DemoExhibitionSource = {
  title: ['湖畔三十年：星湖科技园园区历史展', 'Thirty Years by the Lake: A History of Xinghu Science Park'],
  subtitle: ['1992—2026', '1992–2026'],
  intro: [
    '从湖边的稻田到绿色低碳园区，星湖科技园走过了三十多年。本展为红驿演示内容：园区、企业与人物均为虚构，图片为示意插画，并非历史照片。',
    'From rice fields by the lake to a green, low-carbon park: over thirty years of Xinghu Science Park. This is Hongyi demo content — the park, its companies and people are fictional, and the pictures are illustrations, not historical photographs.',
  ],
  coverFile: 'xh-07-gate-1997.jpg',
  sections: [
    {
      uid: 'xh-s1-beginnings',
      title: ['湖畔起步（1990—1995）', 'Beginnings by the lake (1990–1995)'],
      intro: [
        '九十年代初，星湖东岸还是稻田和鱼塘。县里决定在这里建一个工业小区，几间农舍成了最早的筹建办公室。',
        'In the early 1990s the east shore of Xinghu Lake was rice fields and fish ponds. The county chose it for an industrial estate; a few farmhouses became the first planning office.',
      ],
      exhibits: [
        {
          uid: 'xh-farmland',
          type: 'photo',
          title: ['建园前的星湖东岸', 'The east shore before the park'],
          caption: [
            '稻田、鱼塘和湖边的村舍，园区就从这里起步。',
            'Rice fields, fish ponds and lakeside houses: where the park began.',
          ],
          date: '约1990年代',
          place: ['星湖东岸', 'East shore of Xinghu Lake'],
          tags: ['建园前', '星湖', '农田'],
          pictures: [
            {
              file: 'xh-01-farmland.jpg',
              scene: { kind: 'farmland', palette: 'sepia', seed: 101, label: '约1990年代 · 星湖东岸' },
            },
          ],
        },
        {
          uid: 'xh-approval',
          type: 'document',
          title: ['关于设立星湖工业小区的批复', 'Approval to establish the Xinghu industrial estate'],
          caption: [
            '县政府同意在星湖东岸设立工业小区，规划面积约三平方公里。',
            'The county approves an industrial estate of about three square kilometres on the east shore.',
          ],
          body: [
            '批复确定了小区的范围、道路和首期用地，并要求“先修路、后招商”。筹建办公室由五名干部组成，借用湖边村的两间农舍办公。',
            'The approval set the estate’s bounds, roads and first plots, with the rule “roads first, then investors”. A planning office of five staff worked from two borrowed farmhouses.',
          ],
          date: '1992-05',
          place: ['县政府', 'County government'],
          tags: ['文件', '筹建'],
          pictures: [
            {
              file: 'xh-02-approval.jpg',
              scene: {
                kind: 'document',
                palette: 'sepia',
                seed: 102,
                label: '1992-05 · 设立批复',
                sign: '关于设立星湖工业小区的批复',
              },
            },
          ],
        },
        {
          uid: 'xh-groundbreaking',
          type: 'photoSet',
          title: ['星湖工业小区奠基', 'Groundbreaking of the industrial estate'],
          caption: [
            '奠基仪式在湖边的空地上举行，附近村民也来观看。',
            'The ceremony on open ground by the lake; villagers came to watch.',
          ],
          date: '1992-09-18',
          place: ['星湖东岸一号地块', 'Plot 1, east shore'],
          people: ['陈建国（筹建办主任）等', 'Chen Jianguo (head of the planning office) and others'],
          tags: ['奠基', '筹建', '仪式'],
          pictures: [
            {
              file: 'xh-03-groundbreaking.jpg',
              scene: {
                kind: 'groundbreaking',
                palette: 'sepia',
                seed: 103,
                label: '1992-09-18 · 奠基仪式',
                sign: '星湖工业小区奠基仪式',
              },
              caption: ['仪式现场', 'The ceremony'],
            },
            {
              file: 'xh-04-first-road.jpg',
              scene: { kind: 'avenue', palette: 'sepia', seed: 104, label: '1992 · 第一条道路开工' },
              caption: ['同年开工的第一条道路', 'The first road, begun the same year'],
            },
          ],
        },
        {
          uid: 'xh-planning-office',
          type: 'text',
          title: ['农舍里的筹建办', 'A planning office in a farmhouse'],
          body: [
            '筹建办最初只有一部手摇电话和两张借来的办公桌。白天跑地块、量土地，晚上在煤油灯下画规划草图。园区的第一张规划图就是在这里完成的。',
            'The planning office began with one crank telephone and two borrowed desks. Days went to walking the plots; evenings to drawing plans by lamplight. The park’s first plan was drawn here.',
          ],
          date: '1992',
          place: ['湖边村', 'Hubian village'],
          tags: ['筹建', '创业'],
          pictures: [],
        },
        {
          uid: 'xh-xinghu-avenue',
          type: 'photo',
          title: ['星湖大道通车', 'Xinghu Avenue opens'],
          caption: [
            '园区第一条主干道，两侧种下了第一批香樟。',
            'The park’s first main road, lined with its first camphor trees.',
          ],
          date: '1993-12',
          place: ['星湖大道', 'Xinghu Avenue'],
          tags: ['道路', '基础设施'],
          pictures: [
            {
              file: 'xh-05-avenue-1993.jpg',
              scene: { kind: 'avenue', palette: 'sepia', seed: 105, label: '1993-12 · 星湖大道通车' },
            },
          ],
        },
        {
          uid: 'xh-first-factory',
          type: 'photo',
          title: ['第一家企业投产', 'The first factory starts production'],
          caption: [
            '星湖电机厂在标准厂房里投产，首批招收职工一百二十人。',
            'Xinghu Motor Works starts production in a standard hall, hiring its first 120 workers.',
          ],
          date: '1994-03',
          place: ['星湖电机厂', 'Xinghu Motor Works'],
          people: ['王德明（厂长）', 'Wang Deming (factory director)'],
          tags: ['企业', '制造', '投产'],
          pictures: [
            {
              file: 'xh-06-motor-works.jpg',
              scene: {
                kind: 'factory',
                palette: 'sepia',
                seed: 106,
                label: '1994-03 · 星湖电机厂投产',
                sign: '星湖电机厂',
              },
            },
          ],
        },
        {
          uid: 'xh-assembly-line',
          type: 'photo',
          title: ['电机厂装配车间', 'The motor works’ assembly hall'],
          caption: [
            '早期的装配线以手工为主，夏天靠电扇和凉水降温。',
            'The early line was mostly manual; fans and cool water got it through summer.',
          ],
          date: '1994',
          place: ['星湖电机厂', 'Xinghu Motor Works'],
          tags: ['车间', '职工', '制造'],
          pictures: [
            {
              file: 'xh-08-workshop-1994.jpg',
              scene: { kind: 'workshop', palette: 'sepia', seed: 107, label: '1994 · 装配车间' },
            },
          ],
        },
        {
          uid: 'xh-dormitory',
          type: 'photo',
          title: ['第一栋职工宿舍', 'The first workers’ dormitory'],
          caption: [
            '四层砖混宿舍楼，住着来自周边乡镇的年轻职工。',
            'A four-storey brick dormitory for young workers from nearby towns.',
          ],
          date: '约1995年',
          place: ['园区北区', 'North area'],
          tags: ['生活', '职工'],
          pictures: [
            {
              file: 'xh-09-dormitory.jpg',
              scene: {
                kind: 'construction',
                palette: 'sepia',
                seed: 108,
                label: '约1995年 · 职工宿舍建设中',
              },
            },
          ],
        },
      ],
    },
    {
      uid: 'xh-s2-manufacturing',
      title: ['制造集聚（1996—2004）', 'A manufacturing cluster (1996–2004)'],
      intro: [
        '大门立起来了，厂房一排排建起来，电子、五金和包装企业相继入驻，园区成了周边乡镇年轻人打工的首选。',
        'The gate went up, halls rose row after row, and electronics, hardware and packaging firms moved in; the park became where young people from nearby towns came to work.',
      ],
      exhibits: [
        {
          uid: 'xh-gate',
          type: 'photo',
          title: ['园区大门落成', 'The park gate completed'],
          caption: [
            '“星湖科技园”五个字由筹建办老同志题写。',
            'The five characters of the name were written by a veteran of the planning office.',
          ],
          date: '1997-07',
          place: ['星湖大道入口', 'Entrance on Xinghu Avenue'],
          tags: ['大门', '地标'],
          highlight: true,
          pictures: [
            {
              file: 'xh-07-gate-1997.jpg',
              scene: { kind: 'gate', palette: 'faded', seed: 201, label: '1997-07 · 园区大门' },
            },
          ],
        },
        {
          uid: 'xh-electronics-plant',
          type: 'photo',
          title: ['首家电子企业入驻', 'The first electronics firm moves in'],
          caption: [
            '星光电子生产电源适配器，是园区第一家电子企业。',
            'Xingguang Electronics made power adapters — the park’s first electronics company.',
          ],
          date: '1996-10',
          place: ['园区东区', 'East area'],
          tags: ['企业', '电子'],
          pictures: [
            {
              file: 'xh-10-xingguang.jpg',
              scene: {
                kind: 'factory',
                palette: 'faded',
                seed: 202,
                label: '1996-10 · 星光电子',
                sign: '星光电子',
              },
            },
          ],
        },
        {
          uid: 'xh-night-school',
          type: 'photo',
          title: ['职工夜校开学', 'The workers’ night school opens'],
          caption: [
            '夜校开设电工、识图和计算机课程，第一期学员八十多人。',
            'Courses in electrics, drawings and computers; over eighty joined the first term.',
          ],
          date: '1999-03',
          place: ['园区管委会会议室', 'Park office meeting room'],
          people: ['李淑芬（夜校教师）', 'Li Shufen (night-school teacher)'],
          tags: ['职工教育', '夜校'],
          pictures: [
            {
              file: 'xh-11-night-school.jpg',
              scene: {
                kind: 'meeting',
                palette: 'faded',
                seed: 203,
                label: '1999-03 · 职工夜校',
                sign: '星湖科技园职工夜校开学典礼',
              },
            },
          ],
        },
        {
          uid: 'xh-halls-row',
          type: 'photoSet',
          title: ['标准厂房二期', 'Standard halls, phase two'],
          caption: [
            '二期十二栋标准厂房建成，园区企业增至六十多家。',
            'Twelve more standard halls; the park grows to over sixty firms.',
          ],
          date: '2000',
          place: ['园区南区', 'South area'],
          tags: ['厂房', '建设'],
          pictures: [
            {
              file: 'xh-12-halls-building.jpg',
              scene: { kind: 'construction', palette: 'faded', seed: 204, label: '2000 · 二期厂房施工' },
              caption: ['施工中', 'Under construction'],
            },
            {
              file: 'xh-13-halls-done.jpg',
              scene: {
                kind: 'factory',
                palette: 'faded',
                seed: 205,
                label: '2000 · 二期厂房建成',
                sign: '标准厂房二期',
              },
              caption: ['建成后', 'Completed'],
            },
          ],
        },
        {
          uid: 'xh-electronics-cluster',
          type: 'text',
          title: ['电子信息产业集群', 'An electronics cluster'],
          body: [
            '世纪之交，园区把电子信息定为主导产业，配套的模具、注塑、包装企业跟着落户，形成了从元件到整机的小型产业链。',
            'Around 2000 the park made electronics its main industry; tooling, moulding and packaging suppliers followed, forming a small chain from components to finished products.',
          ],
          date: '2001',
          tags: ['产业', '电子'],
          pictures: [],
        },
        {
          uid: 'xh-party-branch',
          type: 'photo',
          title: ['园区企业联合党支部成立', 'A joint Party branch for the park’s firms'],
          caption: [
            '小微企业党员较少，几家企业联合成立党支部。',
            'Small firms had few members, so several formed a joint branch.',
          ],
          date: '2002-07-01',
          place: ['园区管委会', 'Park office'],
          tags: ['党建', '支部'],
          pictures: [
            {
              file: 'xh-14-joint-branch.jpg',
              scene: {
                kind: 'meeting',
                palette: 'faded',
                seed: 206,
                label: '2002-07-01 · 联合党支部成立',
                sign: '园区企业联合党支部成立大会',
              },
            },
          ],
        },
        {
          uid: 'xh-avenue-widened',
          type: 'photo',
          title: ['星湖大道拓宽', 'Xinghu Avenue widened'],
          caption: [
            '大道由两车道拓宽为四车道，香樟已经成荫。',
            'The avenue goes from two lanes to four; the camphors now give shade.',
          ],
          date: '2004-09',
          place: ['星湖大道', 'Xinghu Avenue'],
          tags: ['道路', '基础设施'],
          pictures: [
            {
              file: 'xh-15-avenue-2004.jpg',
              scene: { kind: 'avenue', palette: 'faded', seed: 207, label: '2004-09 · 星湖大道拓宽' },
            },
          ],
        },
        {
          uid: 'xh-canteen',
          type: 'photo',
          title: ['园区职工食堂', 'The park canteen'],
          caption: [
            '几家企业合办的职工食堂，中午要排很长的队。',
            'A canteen run jointly by several firms; long queues at noon.',
          ],
          date: '约2000年代',
          place: ['园区北区', 'North area'],
          tags: ['生活', '职工'],
          pictures: [
            {
              file: 'xh-16-canteen.jpg',
              scene: { kind: 'canteen', palette: 'faded', seed: 208, label: '约2000年代 · 职工食堂' },
            },
          ],
        },
      ],
    },
    {
      uid: 'xh-s3-research',
      title: ['研发转型（2005—2012）', 'Turning to research (2005–2012)'],
      intro: [
        '土地越来越紧，园区开始“腾笼换鸟”：研发中心、公共技术平台和人才公寓相继建成。',
        'With land running short the park began to trade up: a research centre, a shared technical platform and talent apartments.',
      ],
      exhibits: [
        {
          uid: 'xh-rnd-centre',
          type: 'photoSet',
          title: ['研发中心大楼启用', 'The research centre opens'],
          caption: [
            '十八层的研发中心大楼启用，首批入驻研发团队二十三个。',
            'The eighteen-storey research centre opens with 23 teams.',
          ],
          body: [
            '研发中心由原电机厂旧厂房地块改建。启用当天，园区发布了扶持研发的“星湖十条”。',
            'It stands on the old motor-works plot. On opening day the park published ten measures to support research.',
          ],
          date: '2008-10-18',
          place: ['星湖研发中心', 'Xinghu Research Centre'],
          tags: ['研发', '地标', '转型'],
          pictures: [
            {
              file: 'xh-17-rnd-centre.jpg',
              scene: { kind: 'campus', palette: 'colour', seed: 301, label: '2008-10-18 · 研发中心启用' },
              caption: ['大楼外景', 'The building'],
            },
            {
              file: 'xh-18-rnd-lab.jpg',
              scene: { kind: 'lab', palette: 'colour', seed: 302, label: '2008 · 研发中心实验室' },
              caption: ['首批实验室', 'The first laboratories'],
            },
          ],
        },
        {
          uid: 'xh-relief-donation',
          type: 'text',
          title: ['职工为汶川地震灾区捐款', 'Workers donate for the Wenchuan earthquake'],
          body: [
            '2008年5月汶川地震发生后，园区各企业职工自发捐款捐物，并组织了义务献血。',
            'After the Wenchuan earthquake in May 2008, the park’s workers gave money and goods of their own accord and organised blood donations.',
          ],
          date: '2008-05',
          tags: ['公益', '职工'],
          pictures: [],
        },
        {
          uid: 'xh-tech-platform',
          type: 'photo',
          title: ['公共技术服务平台', 'A shared technical service platform'],
          caption: [
            '检测、打样和小批量试产设备向园区中小企业开放。',
            'Testing, prototyping and pilot-run equipment open to the park’s small firms.',
          ],
          date: '2009-06',
          place: ['星湖研发中心三层', 'Research centre, 3rd floor'],
          tags: ['研发', '平台'],
          pictures: [
            {
              file: 'xh-19-platform.jpg',
              scene: { kind: 'lab', palette: 'faded', seed: 303, label: '2009-06 · 公共技术服务平台' },
            },
          ],
        },
        {
          uid: 'xh-old-to-new',
          type: 'photoSet',
          title: ['旧厂房改造', 'Old halls converted'],
          caption: [
            '部分九十年代厂房改造成研发和办公空间。',
            'Some 1990s halls became research and office space.',
          ],
          date: '2010',
          place: ['园区东区', 'East area'],
          tags: ['转型', '改造'],
          pictures: [
            {
              file: 'xh-20-old-hall.jpg',
              scene: {
                kind: 'factory',
                palette: 'faded',
                seed: 304,
                label: '2010 · 改造前的厂房',
                sign: '东区三号厂房',
              },
              caption: ['改造前', 'Before'],
            },
            {
              file: 'xh-21-converted.jpg',
              scene: { kind: 'construction', palette: 'colour', seed: 305, label: '2010 · 改造施工' },
              caption: ['改造中', 'During the works'],
            },
            {
              file: 'xh-22-new-offices.jpg',
              scene: { kind: 'campus', palette: 'colour', seed: 306, label: '2011 · 改造后的研发楼' },
              caption: ['改造后', 'After'],
            },
          ],
        },
        {
          uid: 'xh-talent-apartments',
          type: 'photo',
          title: ['人才公寓交付', 'Talent apartments handed over'],
          caption: [
            '六百套人才公寓交付，青年科技人员可拎包入住。',
            'Six hundred furnished flats for young researchers.',
          ],
          date: '2011-09',
          place: ['园区北区', 'North area'],
          tags: ['生活', '人才'],
          pictures: [
            {
              file: 'xh-23-apartments.jpg',
              scene: { kind: 'campus', palette: 'dusk', seed: 307, label: '2011-09 · 人才公寓' },
            },
          ],
        },
        {
          uid: 'xh-lake-greenway',
          type: 'photo',
          title: ['湖滨绿道贯通', 'The lakeside greenway opens'],
          caption: [
            '沿星湖东岸的五公里绿道贯通，成为职工散步跑步的去处。',
            'A five-kilometre path along the east shore, for walks and runs.',
          ],
          date: '2012-04',
          place: ['星湖东岸', 'East shore of Xinghu Lake'],
          tags: ['生态', '星湖', '生活'],
          pictures: [
            {
              file: 'xh-24-greenway.jpg',
              scene: { kind: 'lakeside', palette: 'colour', seed: 308, label: '2012-04 · 湖滨绿道' },
            },
          ],
        },
        {
          uid: 'xh-twenty-years',
          type: 'photo',
          title: ['建园二十周年职工大会', 'Twentieth anniversary meeting'],
          caption: [
            '建园二十周年，老职工代表和新入园企业代表同台发言。',
            'Veterans and newcomers speak side by side at the park’s twentieth anniversary.',
          ],
          date: '2012-09-18',
          place: ['园区会堂', 'Park assembly hall'],
          people: ['陈建国、周秀兰等', 'Chen Jianguo, Zhou Xiulan and others'],
          tags: ['纪念', '职工'],
          pictures: [
            {
              file: 'xh-25-twenty-years.jpg',
              scene: {
                kind: 'meeting',
                palette: 'colour',
                seed: 309,
                label: '2012-09-18 · 建园二十周年',
                sign: '星湖科技园建园二十周年职工大会',
              },
            },
          ],
        },
      ],
    },
    {
      uid: 'xh-s4-startups',
      title: ['创新创业（2013—2019）', 'Innovation and start-ups (2013–2019)'],
      intro: [
        '众创空间、孵化器和党群服务中心相继建成，园区从“厂区”变成了年轻人创业和生活的社区。',
        'A maker space, an incubator and a Party and community service centre: the park turned from a factory district into a community where young people start firms and live.',
      ],
      exhibits: [
        {
          uid: 'xh-maker-space',
          type: 'photo',
          title: ['“星湖创客汇”开放', 'The Xinghu Makers’ Hub opens'],
          caption: [
            '由旧仓库改建的众创空间，首批入驻创业团队三十个。',
            'A maker space in an old warehouse; thirty teams in the first intake.',
          ],
          date: '2015-05',
          place: ['园区东区', 'East area'],
          tags: ['创业', '众创空间'],
          pictures: [
            {
              file: 'xh-26-makers.jpg',
              scene: { kind: 'lab', palette: 'colour', seed: 401, label: '2015-05 · 星湖创客汇' },
            },
          ],
        },
        {
          uid: 'xh-incubator',
          type: 'photo',
          title: ['科技企业孵化器', 'A technology incubator'],
          caption: ['孵化器提供场地、辅导和小额贷款对接。', 'Space, mentoring and links to small loans.'],
          date: '2014',
          place: ['星湖研发中心南楼', 'Research centre, south block'],
          tags: ['创业', '孵化'],
          pictures: [
            {
              file: 'xh-27-incubator.jpg',
              scene: { kind: 'campus', palette: 'colour', seed: 402, label: '2014 · 科技企业孵化器' },
            },
          ],
        },
        {
          uid: 'xh-service-centre',
          type: 'photoSet',
          title: ['园区党群服务中心启用', 'The park’s Party and community service centre opens'],
          caption: [
            '中心设有职工书屋、议事厅和志愿服务站，向园区所有职工开放。',
            'With a reading room, a meeting hall and a volunteer desk, open to every worker in the park.',
          ],
          body: [
            '党群服务中心由原管委会办公楼改建，白天是党员活动和企业服务的场所，晚上和周末向职工家庭开放。开馆时，老职工捐赠了工作证、奖状和老照片。',
            'Converted from the old park office, the centre hosts Party activities and business services by day and is open to workers’ families in the evenings and at weekends. Veterans donated work passes, certificates and photographs at the opening.',
          ],
          date: '2016-07-01',
          place: ['星湖科技园党群服务中心', 'Xinghu Science Park service centre'],
          tags: ['党群服务中心', '党建', '地标'],
          pictures: [
            {
              file: 'xh-28-service-centre.jpg',
              scene: {
                kind: 'serviceCentre',
                palette: 'colour',
                seed: 403,
                label: '2016-07-01 · 党群服务中心启用',
              },
              caption: ['中心外景', 'The centre'],
            },
            {
              file: 'xh-29-centre-meeting.jpg',
              scene: {
                kind: 'meeting',
                palette: 'colour',
                seed: 404,
                label: '2016-07-01 · 启用仪式',
                sign: '星湖科技园党群服务中心启用仪式',
              },
              caption: ['启用仪式', 'The opening'],
            },
          ],
        },
        {
          uid: 'xh-reading-room',
          type: 'photo',
          title: ['职工书屋', 'The workers’ reading room'],
          caption: [
            '党群服务中心二楼的职工书屋，藏书三千余册。',
            'On the centre’s first floor, with over three thousand books.',
          ],
          date: '2016',
          place: ['党群服务中心二楼', 'Service centre, first floor'],
          tags: ['阅读', '党群服务中心'],
          pictures: [
            {
              file: 'xh-30-reading-room.jpg',
              scene: { kind: 'library', palette: 'faded', seed: 405, label: '2016 · 职工书屋' },
            },
          ],
        },
        {
          uid: 'xh-postdoc',
          type: 'photo',
          title: ['企业博士后工作站', 'A postdoctoral workstation'],
          caption: [
            '园区企业设立首个博士后工作站，研究电机驱动控制。',
            'The park’s first postdoctoral workstation, on motor-drive control.',
          ],
          date: '2017-11',
          place: ['星湖研发中心', 'Xinghu Research Centre'],
          tags: ['研发', '人才'],
          pictures: [
            {
              file: 'xh-31-postdoc.jpg',
              scene: { kind: 'lab', palette: 'dusk', seed: 406, label: '2017-11 · 博士后工作站' },
            },
          ],
        },
        {
          uid: 'xh-volunteers',
          type: 'photo',
          title: ['党员志愿服务队', 'Party member volunteers'],
          caption: [
            '志愿者为新入职员工介绍园区，帮助办理社保和住房手续。',
            'Volunteers show new employees around and help with insurance and housing forms.',
          ],
          date: '2018-03-05',
          place: ['党群服务中心', 'Service centre'],
          tags: ['志愿服务', '党建'],
          pictures: [
            {
              file: 'xh-32-volunteers.jpg',
              scene: {
                kind: 'serviceCentre',
                palette: 'faded',
                seed: 407,
                label: '2018-03-05 · 志愿服务',
                sign: '党员志愿服务站',
              },
            },
          ],
        },
        {
          uid: 'xh-smart-workshop',
          type: 'photo',
          title: ['智能制造示范车间', 'A model smart workshop'],
          caption: [
            '电机厂的老装配线改造成自动化示范车间。',
            'The motor works’ old line becomes an automated model workshop.',
          ],
          date: '2019-06',
          place: ['星湖电机厂', 'Xinghu Motor Works'],
          tags: ['制造', '转型'],
          pictures: [
            {
              file: 'xh-33-smart-workshop.jpg',
              scene: { kind: 'workshop', palette: 'colour', seed: 408, label: '2019-06 · 智能制造示范车间' },
            },
          ],
        },
        {
          uid: 'xh-startup-fair',
          type: 'photo',
          title: ['园区创业大赛', 'The park’s start-up contest'],
          caption: [
            '首届星湖创业大赛决赛，十二个团队路演。',
            'Final of the first Xinghu start-up contest: twelve teams pitch.',
          ],
          date: '2019-10-26',
          place: ['园区会堂', 'Park assembly hall'],
          tags: ['创业', '活动'],
          pictures: [
            {
              file: 'xh-34-startup-fair.jpg',
              scene: {
                kind: 'meeting',
                palette: 'dusk',
                seed: 409,
                label: '2019-10-26 · 创业大赛决赛',
                sign: '首届星湖创业大赛决赛',
              },
            },
          ],
        },
      ],
    },
    {
      uid: 'xh-s5-green',
      title: ['绿色新篇（2020—2026）', 'A green chapter (2020–2026)'],
      intro: [
        '屋顶上铺满了光伏板，湖区完成了生态修复，新能源企业成了园区的新主角。',
        'Solar panels on the roofs, a restored lake, and new-energy firms taking the lead.',
      ],
      exhibits: [
        {
          uid: 'xh-back-to-work',
          type: 'text',
          title: ['复工复产', 'Back to work'],
          body: [
            '2020年春，园区为企业统一配送防护物资，党员志愿者在大门口值守测温，帮助企业有序复工。',
            'In spring 2020 the park delivered protective supplies to its firms, and volunteers kept watch at the gate, helping companies return to work in order.',
          ],
          date: '2020-02',
          tags: ['复工复产', '志愿服务'],
          pictures: [],
        },
        {
          uid: 'xh-rooftop-solar',
          type: 'photo',
          title: ['厂房屋顶分布式光伏', 'Rooftop solar on the halls'],
          caption: [
            '四十栋厂房屋顶铺设光伏板，年发电约一千万千瓦时。',
            'Panels on forty roofs, about ten million kWh a year.',
          ],
          date: '2021',
          place: ['园区南区', 'South area'],
          tags: ['新能源', '绿色'],
          pictures: [
            {
              file: 'xh-35-solar.jpg',
              scene: { kind: 'solar', palette: 'colour', seed: 501, label: '2021 · 屋顶光伏' },
            },
          ],
        },
        {
          uid: 'xh-battery-plant',
          type: 'photo',
          title: ['新能源电池材料企业投产', 'A battery-materials plant opens'],
          caption: [
            '园区引进的第一家新能源电池材料企业投产。',
            'The park’s first battery-materials company starts production.',
          ],
          date: '2022-08',
          place: ['园区新能源产业区', 'New-energy area'],
          tags: ['新能源', '企业'],
          pictures: [
            {
              file: 'xh-36-battery.jpg',
              scene: {
                kind: 'factory',
                palette: 'colour',
                seed: 502,
                label: '2022-08 · 新能源材料工厂',
                sign: '星湖新能源材料',
              },
            },
          ],
        },
        {
          uid: 'xh-lake-restoration',
          type: 'photoSet',
          title: ['星湖生态修复', 'Restoring Xinghu Lake'],
          caption: [
            '清淤、种植水生植物，湖水重新变清。',
            'Dredging and water plants; the lake runs clear again.',
          ],
          date: '2023-06',
          place: ['星湖', 'Xinghu Lake'],
          tags: ['生态', '星湖', '绿色'],
          pictures: [
            {
              file: 'xh-37-lake-day.jpg',
              scene: { kind: 'lakeside', palette: 'colour', seed: 503, label: '2023-06 · 修复后的星湖' },
              caption: ['白天的湖岸', 'The shore by day'],
            },
            {
              file: 'xh-38-lake-dusk.jpg',
              scene: { kind: 'lakeside', palette: 'dusk', seed: 504, label: '2023 · 星湖傍晚' },
              caption: ['傍晚的湖岸', 'The shore at dusk'],
            },
          ],
        },
        {
          uid: 'xh-wind-and-sun',
          type: 'photo',
          title: ['风光互补示范项目', 'A wind-and-solar demonstration'],
          caption: [
            '湖边的小型风机与光伏一起为路灯和充电桩供电。',
            'Small turbines and panels by the lake power street lights and chargers.',
          ],
          date: '2024-04',
          place: ['星湖东岸', 'East shore'],
          tags: ['新能源', '绿色'],
          pictures: [
            {
              file: 'xh-39-wind.jpg',
              scene: { kind: 'solar', palette: 'dusk', seed: 505, label: '2024-04 · 风光互补' },
            },
          ],
        },
        {
          uid: 'xh-low-carbon',
          type: 'document',
          title: ['零碳园区建设方案', 'A plan for a zero-carbon park'],
          caption: [
            '园区提出到2030年基本实现运营零碳的目标。',
            'The park aims for zero-carbon operations by 2030.',
          ],
          date: '2024-12',
          place: ['园区管委会', 'Park office'],
          tags: ['绿色', '文件', '规划'],
          pictures: [
            {
              file: 'xh-40-zero-carbon.jpg',
              scene: {
                kind: 'document',
                palette: 'colour',
                seed: 506,
                label: '2024-12 · 零碳园区建设方案',
                sign: '星湖零碳园区建设方案',
              },
            },
          ],
        },
        {
          uid: 'xh-gate-today',
          type: 'photo',
          title: ['今天的园区大门', 'The gate today'],
          caption: ['大门翻新时保留了1997年的题字。', 'The renovated gate keeps the 1997 lettering.'],
          date: '2025',
          place: ['星湖大道入口', 'Entrance on Xinghu Avenue'],
          tags: ['大门', '地标'],
          pictures: [
            {
              file: 'xh-41-gate-today.jpg',
              scene: { kind: 'gate', palette: 'colour', seed: 507, label: '2025 · 今天的园区大门' },
            },
          ],
        },
        {
          uid: 'xh-history-exhibition',
          type: 'photo',
          title: ['园区历史展开展', 'The park history exhibition opens'],
          caption: [
            '党群服务中心推出园区历史展，征集老物件和口述历史。',
            'The service centre opens this exhibition and collects old objects and oral histories.',
          ],
          date: '2026-03',
          place: ['党群服务中心', 'Service centre'],
          tags: ['党群服务中心', '展览', '口述历史'],
          pictures: [
            {
              file: 'xh-42-exhibition.jpg',
              scene: {
                kind: 'serviceCentre',
                palette: 'dusk',
                seed: 508,
                label: '2026-03 · 园区历史展',
                sign: '湖畔三十年 · 园区历史展',
              },
            },
          ],
        },
      ],
    },
    {
      uid: 'xh-s6-voices',
      title: ['星湖人', 'People of Xinghu'],
      intro: [
        '园区的故事由一代代职工写成。以下人物均为演示用的虚构人物。',
        'Generations of workers wrote the park’s story. The people below are fictional, made for the demo.',
      ],
      exhibits: [
        testimonyExhibit,
        {
          uid: 'xh-portrait-chen',
          type: 'photo',
          title: ['筹建办主任陈建国', 'Chen Jianguo, head of the planning office'],
          caption: [
            '虚构人物：1992年起主持园区筹建，退休后担任园区史料征集志愿者。',
            'Fictional: led the planning from 1992 and collects the park’s records as a retired volunteer.',
          ],
          date: '1992',
          people: ['陈建国（虚构人物）', 'Chen Jianguo (fictional)'],
          tags: ['人物', '筹建'],
          pictures: [
            {
              file: 'xh-43-chen.jpg',
              scene: {
                kind: 'portrait',
                palette: 'sepia',
                seed: 601,
                label: '人物 · 陈建国（虚构）',
                sign: '陈建国',
              },
            },
          ],
        },
        {
          uid: 'xh-portrait-lin',
          type: 'photo',
          title: ['创业者林晓雨', 'Lin Xiaoyu, founder'],
          caption: [
            '虚构人物：2015年首批入驻创客汇，团队做电池检测设备。',
            'Fictional: joined the Makers’ Hub in 2015; her team builds battery testers.',
          ],
          date: '2015',
          people: ['林晓雨（虚构人物）', 'Lin Xiaoyu (fictional)'],
          tags: ['人物', '创业'],
          pictures: [
            {
              file: 'xh-44-lin.jpg',
              scene: {
                kind: 'portrait',
                palette: 'colour',
                seed: 602,
                label: '人物 · 林晓雨（虚构）',
                sign: '林晓雨',
              },
            },
          ],
        },
        {
          uid: 'xh-portrait-wang',
          type: 'photo',
          title: ['电机厂首任厂长王德明', 'Wang Deming, first director of the motor works'],
          caption: [
            '虚构人物：带领电机厂从一条装配线起步。',
            'Fictional: grew the motor works from a single assembly line.',
          ],
          date: '约1990年代',
          people: ['王德明（虚构人物）', 'Wang Deming (fictional)'],
          tags: ['人物', '企业'],
          pictures: [
            {
              file: 'xh-45-wang.jpg',
              scene: {
                kind: 'portrait',
                palette: 'faded',
                seed: 603,
                label: '人物 · 王德明（虚构）',
                sign: '王德明',
              },
            },
          ],
        },
      ],
    },
  ],
};
