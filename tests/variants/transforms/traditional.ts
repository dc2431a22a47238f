// The whole report in traditional script, as mirror sites and converters publish it (spec §8
// step 5: traditional forms must compare equal). The map is this harness' own, built from the
// characters of the corpus documents (labels, headings, titles and narrative), with the
// word-level forms a converter (OpenCC s2t) chooses where one simplified character has several
// traditional ones: 复 → 復/複/覆, 制作 → 製作, 关系 → 關係, 了解 → 瞭解. The readings do not
// change: section titles and the report title are recorded in traditional script.

import type { Truth } from '../types';
import { htmlTransform, textTransform } from './common';

// Pairs: simplified, traditional.
const PAIRS =
  '万萬与與专專业業东東两兩严嚴个個丰豐临臨为為举舉义義乐樂习習乡鄉书書买買争爭于於产產亲親从從众眾优優' +
  '会會伟偉传傳体體余餘党黨关關兴興养養内內册冊写寫军軍农農决決况況准準减減几幾划劃则則创創别別办辦务務' +
  '动動势勢区區医醫协協单單华華卫衛厅廳历歷压壓县縣参參双雙发發变變号號后後员員响響园園围圍国國图圖圆圓' +
  '场場块塊坚堅坛壇声聲处處备備复復够夠头頭奖獎学學实實审審宪憲宽寬对對寻尋导導将將尽盡层層届屆属屬岗崗' +
  '岚嵐巩鞏并並广廣庄莊库庫应應庞龐废廢开開强強归歸当當录錄彻徹征徵径徑态態总總惩懲战戰户戶执執扩擴护護' +
  '报報担擔挂掛挥揮据據摄攝撑撐数數断斷无無时時晋晉晓曉暂暫术術机機权權条條来來极極构構枢樞标標栏欄样樣' +
  '档檔检檢楼樓欢歡毕畢气氣汇匯沟溝没沒洁潔测測济濟浏瀏渔漁湾灣满滿滩灘灭滅灾災点點炼煉烟煙热熱状狀猪豬' +
  '环環现現电電畅暢疗療痹痺盐鹽监監盖蓋着著矿礦码碼础礎确確碍礙离離种種积積称稱稳穩竞競筑築筛篩筹籌签簽' +
  '简簡类類粮糧紧緊纠糾红紅约約级級纲綱纳納纸紙纽紐线線练練组組细細织織终終经經结結绕繞络絡绝絕统統继繼' +
  '绩績续續维維综綜编編缴繳网網罚罰职職联聯脱脫舆輿节節范範荐薦药藥获獲营營虽雖衔銜补補装裝见見观觀规規' +
  '视視览覽觉覺计計订訂认認讨討让讓训訓议議讯訊记記讲講许許论論讼訟设設访訪证證评評识識诈詐诉訴试試话話' +
  '询詢该該详詳误誤说說请請读讀课課谁誰调調谈談负負财財责責账賬质質贫貧购購贯貫贴貼贷貸贸貿费費资資赣贛' +
  '践踐踪蹤转轉载載较較辑輯边邊达達迁遷过過运運还還这這进進违違连連适適选選邮郵采採针針钩鉤铁鐵链鏈销銷' +
  '错錯键鍵锻鍛镇鎮长長门門闭閉问問间間闻聞闽閩阅閱队隊阳陽阵陣际際险險随隨隐隱难難静靜页頁顶頂项項顺順' +
  '顾顧预預领領频頻题題额額风風饮飲馆館馈饋驻駐驿驛验驗骗騙鹅鵝齐齊';

// Words whose characters convert otherwise than one by one (applied first).
const WORDS: [string, string][] = [
  ['重复', '重複'],
  ['反复', '反覆'],
  ['答复', '答覆'],
  ['回复', '回覆'],
  ['复核', '複核'],
  ['复制', '複製'],
  ['制作', '製作'],
  ['关系', '關係'],
  ['联系', '聯繫'],
  ['了解', '瞭解'],
  ['干部', '幹部'],
  ['骨干', '骨幹'],
  ['细致', '細緻'],
  ['尽快', '儘快'],
  ['汇总', '彙總'],
  ['汇编', '彙編'],
];

export const S2T = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) S2T.set(PAIRS[i]!, PAIRS[i + 1]!);

export function toTraditional(s: string): string {
  let out = s;
  const held: string[] = [];
  for (const [from, to] of WORDS) {
    out = out.split(from).join(`\u0000${held.length}\u0001`);
    held.push(to);
  }
  let res = '';
  for (const ch of out) res += S2T.get(ch) ?? ch;
  return res.replace(/\u0000(\d+)\u0001/g, (_m, i: string) => held[Number(i)]!);
}

function convertTruth(t: Truth): void {
  for (const s of t.sections) if (s.title) s.title = toTraditional(s.title);
  if (t.report) {
    if (t.report.title) t.report.title = toTraditional(t.report.title);
    if (t.report.organ) t.report.organ = toTraditional(t.report.organ);
  }
}

export const traditionalScript = htmlTransform({
  id: 'traditional-script',
  description: 'the whole page in traditional script (labels, headings, narrative, <title>)',
  edit(doc, truth) {
    const walker = doc.createTreeWalker(doc.documentElement, 4);
    let n = 0;
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const parent = (t as Text).parentElement?.tagName;
      if (parent === 'SCRIPT' || parent === 'STYLE') continue;
      const next = toTraditional((t as Text).data);
      if (next !== (t as Text).data) {
        (t as Text).data = next;
        n++;
      }
    }
    for (const m of doc.querySelectorAll('meta[content]')) m.setAttribute('content', toTraditional(m.getAttribute('content')!));
    convertTruth(truth.truth);
    truth.note(`${n} text nodes converted to traditional script`);
    return n > 0;
  },
});

export const textTraditionalScript = textTransform({
  id: 'text-traditional-script',
  description: 'text: the whole document in traditional script',
  edit(text, truth) {
    convertTruth(truth.truth);
    truth.note('converted to traditional script');
    return toTraditional(text);
  },
});
