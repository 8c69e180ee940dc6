import type { DemoExhibitionSource } from './demo-types';

// The four periods of Party history, in well-known facts only; the pictures are drawn panels
// (示意插画), not photographs of the events.

const CREDIT = ['示意插画 · 据公开史料概述', 'Illustration · summarised from published history'] as const;

export const partyHistory: DemoExhibitionSource = {
  title: ['百年征程：党史图片展', 'A Century’s Journey: Party History in Pictures'],
  subtitle: ['四个历史时期', 'The four historical periods'],
  intro: [
    '按照新民主主义革命时期、社会主义革命和建设时期、改革开放和社会主义现代化建设新时期、中国特色社会主义新时代四个历史时期，回顾党的重要历程。图片均为示意插画。',
    'Key moments in the Party’s history across its four historical periods. The pictures are illustrations.',
  ],
  coverFile: 'ds-01-first-congress.jpg',
  sections: [
    {
      uid: 'ds-revolution',
      period: 'revolution',
      title: ['新民主主义革命时期', 'The New Democratic Revolution'],
      intro: ['1919—1949', '1919–1949'],
      exhibits: [
        {
          uid: 'ds-first-congress',
          type: 'photo',
          title: ['中国共产党第一次全国代表大会', 'The First National Congress of the CPC'],
          caption: [
            '1921年7月，中共一大在上海召开，会议最后一天转移到浙江嘉兴南湖的一艘游船上举行，宣告中国共产党成立。',
            'In July 1921 the First National Congress met in Shanghai; its last session moved to a boat on South Lake in Jiaxing, Zhejiang, and founded the Communist Party of China.',
          ],
          date: '1921-07',
          place: ['上海；浙江嘉兴南湖', 'Shanghai; South Lake, Jiaxing'],
          credit: CREDIT,
          tags: ['建党', '中共一大', '南湖红船'],
          highlight: true,
          pictures: [
            {
              file: 'ds-01-first-congress.jpg',
              scene: { kind: 'redBoat', palette: 'red', seed: 701, label: '1921 · 嘉兴南湖' },
            },
          ],
        },
        {
          uid: 'ds-nanchang',
          type: 'photo',
          title: ['南昌起义', 'The Nanchang Uprising'],
          caption: [
            '1927年8月1日，南昌起义打响了武装反抗国民党反动派的第一枪。',
            'On 1 August 1927 the Nanchang Uprising fired the first shot of armed resistance against the Kuomintang reactionaries.',
          ],
          date: '1927-08-01',
          place: ['江西南昌', 'Nanchang, Jiangxi'],
          credit: CREDIT,
          tags: ['南昌起义', '建军'],
          pictures: [
            {
              file: 'ds-02-nanchang.jpg',
              scene: { kind: 'hall', palette: 'red', seed: 702, label: '1927-08-01 · 南昌' },
            },
          ],
        },
        {
          uid: 'ds-long-march',
          type: 'text',
          title: ['长征', 'The Long March'],
          body: [
            '1934年10月，中央红军开始长征；1936年10月，红军三大主力在甘肃会宁、将台堡会师，长征胜利结束。',
            'The Central Red Army set out on the Long March in October 1934; in October 1936 the three main Red Army forces joined up at Huining and Jiangtaibao in Gansu, ending it in victory.',
          ],
          date: '1934-10',
          credit: CREDIT,
          tags: ['长征'],
          pictures: [],
        },
      ],
    },
    {
      uid: 'ds-construction',
      period: 'construction',
      title: ['社会主义革命和建设时期', 'Socialist Revolution and Construction'],
      intro: ['1949—1978', '1949–1978'],
      exhibits: [
        {
          uid: 'ds-founding-ceremony',
          type: 'photo',
          title: ['开国大典', 'The founding ceremony'],
          caption: [
            '1949年10月1日，中华人民共和国开国大典在北京天安门广场隆重举行。',
            'On 1 October 1949 the founding ceremony of the People’s Republic of China was held in Tian’anmen Square, Beijing.',
          ],
          date: '1949-10-01',
          place: ['北京天安门广场', 'Tian’anmen Square, Beijing'],
          credit: CREDIT,
          tags: ['开国大典', '新中国成立'],
          pictures: [
            {
              file: 'ds-03-founding.jpg',
              scene: { kind: 'gateTower', palette: 'red', seed: 703, label: '1949-10-01 · 开国大典' },
            },
          ],
        },
        {
          uid: 'ds-constitution',
          type: 'document',
          title: ['第一部《中华人民共和国宪法》', 'The first Constitution of the PRC'],
          caption: [
            '1954年9月，第一届全国人民代表大会第一次会议在北京召开，通过了《中华人民共和国宪法》。',
            'In September 1954 the First Session of the First National People’s Congress met in Beijing and adopted the Constitution of the People’s Republic of China.',
          ],
          date: '1954-09',
          place: ['北京', 'Beijing'],
          credit: CREDIT,
          tags: ['宪法', '全国人民代表大会'],
          pictures: [
            {
              file: 'ds-04-constitution.jpg',
              scene: {
                kind: 'document',
                palette: 'red',
                seed: 704,
                label: '1954-09 · 第一部宪法',
                sign: '中华人民共和国宪法',
              },
            },
          ],
        },
        {
          uid: 'ds-atomic-test',
          type: 'text',
          title: ['第一颗原子弹爆炸成功', 'The first atomic bomb test'],
          body: [
            '1964年10月16日，我国第一颗原子弹爆炸成功。',
            'On 16 October 1964 China successfully tested its first atomic bomb.',
          ],
          date: '1964-10-16',
          credit: CREDIT,
          tags: ['两弹一星', '科技'],
          pictures: [],
        },
      ],
    },
    {
      uid: 'ds-reform',
      period: 'reform',
      title: ['改革开放和社会主义现代化建设新时期', 'Reform, Opening Up and Socialist Modernisation'],
      intro: ['1978—2012', '1978–2012'],
      exhibits: [
        {
          uid: 'ds-third-plenum',
          type: 'photo',
          title: ['党的十一届三中全会', 'The Third Plenary Session of the 11th Central Committee'],
          caption: [
            '1978年12月，党的十一届三中全会在北京召开，作出把党和国家工作中心转移到经济建设上来、实行改革开放的历史性决策。',
            'In December 1978 the Third Plenary Session of the 11th Central Committee met in Beijing and took the historic decision to shift the focus to economic development and to reform and open up.',
          ],
          date: '1978-12',
          place: ['北京', 'Beijing'],
          credit: CREDIT,
          tags: ['改革开放', '十一届三中全会'],
          pictures: [
            {
              file: 'ds-05-third-plenum.jpg',
              scene: { kind: 'hall', palette: 'red', seed: 705, label: '1978-12 · 十一届三中全会' },
            },
          ],
        },
        {
          uid: 'ds-shenzhen',
          type: 'photo',
          title: ['深圳经济特区成立', 'The Shenzhen Special Economic Zone'],
          caption: [
            '1980年8月，全国人大常委会批准《广东省经济特区条例》，深圳经济特区正式成立。',
            'In August 1980 the NPC Standing Committee approved the Regulations on Special Economic Zones in Guangdong Province, formally establishing the Shenzhen Special Economic Zone.',
          ],
          date: '1980-08',
          place: ['广东深圳', 'Shenzhen, Guangdong'],
          credit: CREDIT,
          tags: ['经济特区', '改革开放'],
          pictures: [
            {
              file: 'ds-06-shenzhen.jpg',
              scene: { kind: 'construction', palette: 'red', seed: 706, label: '1980-08 · 深圳经济特区建设' },
            },
          ],
        },
        {
          uid: 'ds-hong-kong',
          type: 'text',
          title: ['香港回归祖国', 'Hong Kong returns to China'],
          body: [
            '1997年7月1日，中国政府对香港恢复行使主权，香港特别行政区成立。',
            'On 1 July 1997 China resumed the exercise of sovereignty over Hong Kong, and the Hong Kong Special Administrative Region was established.',
          ],
          date: '1997-07-01',
          credit: CREDIT,
          tags: ['香港回归', '一国两制'],
          pictures: [],
        },
        {
          uid: 'ds-wto',
          type: 'text',
          title: ['加入世界贸易组织', 'Joining the World Trade Organization'],
          body: [
            '2001年12月11日，中国正式成为世界贸易组织成员。',
            'On 11 December 2001 China formally became a member of the World Trade Organization.',
          ],
          date: '2001-12-11',
          credit: CREDIT,
          tags: ['对外开放', '世贸组织'],
          pictures: [],
        },
      ],
    },
    {
      uid: 'ds-new-era',
      period: 'newEra',
      title: ['中国特色社会主义新时代', 'The New Era of Socialism with Chinese Characteristics'],
      intro: ['2012年党的十八大以来', 'Since the 18th National Congress in 2012'],
      exhibits: [
        {
          uid: 'ds-18th-congress',
          type: 'photo',
          title: ['党的十八大', 'The 18th National Congress'],
          caption: [
            '2012年11月，中国共产党第十八次全国代表大会在北京召开，中国特色社会主义进入新时代。',
            'In November 2012 the 18th National Congress of the CPC met in Beijing; socialism with Chinese characteristics entered a new era.',
          ],
          date: '2012-11',
          place: ['北京', 'Beijing'],
          credit: CREDIT,
          tags: ['十八大', '新时代'],
          pictures: [
            {
              file: 'ds-07-18th-congress.jpg',
              scene: { kind: 'hall', palette: 'red', seed: 707, label: '2012-11 · 党的十八大' },
            },
          ],
        },
        {
          uid: 'ds-centenary',
          type: 'photo',
          title: ['庆祝中国共产党成立100周年大会', 'The Party’s centenary celebration'],
          caption: [
            '2021年7月1日，庆祝中国共产党成立100周年大会在北京天安门广场举行，宣告全面建成了小康社会。',
            'On 1 July 2021 the ceremony marking the centenary of the CPC was held in Tian’anmen Square, Beijing, declaring that a moderately prosperous society had been built in all respects.',
          ],
          date: '2021-07-01',
          place: ['北京天安门广场', 'Tian’anmen Square, Beijing'],
          credit: CREDIT,
          tags: ['建党百年', '全面小康'],
          pictures: [
            {
              file: 'ds-08-centenary.jpg',
              scene: { kind: 'gateTower', palette: 'red', seed: 708, label: '2021-07-01 · 建党百年' },
            },
          ],
        },
        {
          uid: 'ds-20th-congress',
          type: 'photo',
          title: ['党的二十大', 'The 20th National Congress'],
          caption: [
            '2022年10月，中国共产党第二十次全国代表大会在北京召开。',
            'In October 2022 the 20th National Congress of the CPC met in Beijing.',
          ],
          date: '2022-10',
          place: ['北京', 'Beijing'],
          credit: CREDIT,
          tags: ['二十大', '新时代'],
          pictures: [
            {
              file: 'ds-09-20th-congress.jpg',
              scene: { kind: 'skyline', palette: 'red', seed: 709, label: '2022-10 · 党的二十大' },
            },
          ],
        },
      ],
    },
  ],
};
