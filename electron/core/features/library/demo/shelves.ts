import type { DemoShelf } from './demo-types';

/** The shelves of a typical park reading room: the history corner, the four period cabinets, three more. */
export const demoShelves: readonly DemoShelf[] = [
  {
    code: 'dangshi',
    name: '党史学习角',
    nameZhTw: '黨史學習角',
    nameEn: 'Party History Corner',
    description: '党史学习教育指定读物、党的通史与重要文献、领导人传记，适合从头了解党的百年历程。',
    descriptionZhTw: '黨史學習教育指定讀物、黨的通史與重要文獻、領導人傳記，適合從頭了解黨的百年歷程。',
    descriptionEn:
      'Set texts of Party history study, general histories, key documents and biographies: the place to start.',
  },
  {
    code: 'period-1',
    name: '新民主主义革命时期',
    nameZhTw: '新民主主義革命時期',
    nameEn: 'The New Democratic Revolution (1919–1949)',
    description: '从五四运动、建党到新中国成立：著作选集、战史、回忆录与红色经典小说。',
    descriptionZhTw: '從五四運動、建黨到新中國成立：著作選集、戰史、回憶錄與紅色經典小說。',
    descriptionEn:
      'From the May Fourth Movement to 1949: selected works, war histories, memoirs and red classic novels.',
  },
  {
    code: 'period-2',
    name: '社会主义革命和建设时期',
    nameZhTw: '社會主義革命和建設時期',
    nameEn: 'Socialist Revolution and Construction (1949–1978)',
    description: '新中国的建立与建设：抗美援朝、英模人物、科学家传记和反映那个年代的文学作品。',
    descriptionZhTw: '新中國的建立與建設：抗美援朝、英模人物、科學家傳記和反映那個年代的文學作品。',
    descriptionEn:
      'Building the new China: the Korean War, model workers and heroes, scientists, and the novels of the time.',
  },
  {
    code: 'period-3',
    name: '改革开放和社会主义现代化建设新时期',
    nameZhTw: '改革開放和社會主義現代化建設新時期',
    nameEn: 'Reform and Opening Up (1978–2012)',
    description: '从十一届三中全会到党的十八大：文选、重要文献、改革亲历者的回忆和改革年代的文学。',
    descriptionZhTw: '從十一屆三中全會到黨的十八大：文選、重要文獻、改革親歷者的回憶和改革年代的文學。',
    descriptionEn:
      'From 1978 to 2012: selected works, key documents, memoirs of the reformers and the literature of reform.',
  },
  {
    code: 'period-4',
    name: '中国特色社会主义新时代',
    nameZhTw: '中國特色社會主義新時代',
    nameEn: 'Socialism with Chinese Characteristics for a New Era (2012– )',
    description: '党的十八大以来的理论读物、论述摘编、采访实录、白皮书和新时代文学。',
    descriptionZhTw: '黨的十八大以來的理論讀物、論述摘編、採訪實錄、白皮書和新時代文學。',
    descriptionEn:
      'Since 2012: theoretical works, collected remarks, interview records, white papers and new literature.',
  },
  {
    code: 'red-classics',
    name: '红色经典文学',
    nameZhTw: '紅色經典文學',
    nameEn: 'Red Classics in Translation',
    description: '影响了几代中国读者的外国红色经典，如《钢铁是怎样炼成的》《牛虻》。',
    descriptionZhTw: '影響了幾代中國讀者的外國紅色經典，如《鋼鐵是怎樣煉成的》《牛虻》。',
    descriptionEn:
      'Foreign red classics that shaped generations of Chinese readers, such as How the Steel Was Tempered.',
  },
  {
    code: 'party-building',
    name: '党建理论与实务',
    nameZhTw: '黨建理論與實務',
    nameEn: 'Party Building: Theory and Practice',
    description: '党章、党内法规单行本、马克思主义经典著作和理论教材，供支部学习和入党培训使用。',
    descriptionZhTw: '黨章、黨內法規單行本、馬克思主義經典著作和理論教材，供支部學習和入黨培訓使用。',
    descriptionEn:
      'The Party Constitution, regulations, Marxist classics and textbooks for branch study and new members.',
  },
  {
    code: 'park-industry',
    name: '园区与产业工人',
    nameZhTw: '園區與產業工人',
    nameEn: 'The Park and Its Workers',
    description: '产业工人、大国工匠和企业党建读物，以及职工常用的劳动与工会法规。',
    descriptionZhTw: '產業工人、大國工匠和企業黨建讀物，以及職工常用的勞動與工會法規。',
    descriptionEn:
      'Industrial workers, master craftsmen, Party work in enterprises, and labour and trade-union law.',
  },
];
