#!/usr/bin/env python3
"""Builds src/main/resources/classify/gazetteer.tsv from ../shared/data/gazetteer (run from the repository root).

The jar must classify without ../shared, so it carries this compact, derived place list: one line per name and kind
with the pre-2025 province codes the name exists in. Province profiles (classify/profiles.properties) then select
their places by province code alone, so a new profile needs no new data.

Columns: name, kind (P province, D pre-2025 district, C commune/ward, L landmark or alias), codes (pre-2025 province
codes, comma separated), flags (h = listed in collisions.csv as ordinary words, a person's name or a brand: needs a supporting cue).
Usage: python3 src/tools/generate-classify-gazetteer.py [../shared/data/gazetteer]
"""
import csv, os, re, sys, unicodedata
from collections import defaultdict

src = sys.argv[1] if len(sys.argv) > 1 else os.path.join('..', 'shared', 'data', 'gazetteer')
out = os.path.join('src', 'main', 'resources', 'classify', 'gazetteer.tsv')

def nfc(s): return unicodedata.normalize('NFC', s.strip())
def rows(name): return list(csv.DictReader(open(os.path.join(src, name), encoding='utf-8')))

PREFIX = re.compile(r'^(tỉnh|thành phố|thị xã|huyện|quận|phường|xã|thị trấn|đặc khu|tp\.?)\s+', re.I)
def bare(name): return nfc(PREFIX.sub('', nfc(name)))

entries = defaultdict(set)          # (name, kind) -> codes
province_code = {}                   # province display name -> pre-2025 code
pre = rows('units-pre2025.csv')
for r in pre:
    if r['type'] == 'tinh' or (r['type'] == 'thanh-pho' and not r['parent_code']):
        province_code[nfc(r['name'])] = r['code']
for r in pre:
    name, kind = bare(r['name']), r['type']
    if r['type'] == 'tinh' or (kind == 'thanh-pho' and not r['parent_code']):
        entries[(name, 'P')].add(r['code'])
        continue
    code = province_code[nfc(r['province'])]
    level = 'D' if kind in ('huyen', 'quan', 'thi-xa', 'thanh-pho', '') else 'C'
    if name.isdigit():
        if kind == 'quan':
            entries[('quận ' + name, 'D')].add(code)
        continue
    entries[(name, level)].add(code)

mapping = rows('mapping-pre2025-to-2025.csv')
new_to_old = defaultdict(set)        # 2025 unit code -> pre-2025 province codes
for r in mapping:
    new_to_old[r['new_province_code']].add(r['old_province_code'])
    new_to_old[r['new_commune_code']].add(r['old_province_code'])
for r in rows('units-2025.csv'):
    name = bare(r['name'])
    if name.isdigit():
        continue
    if r['type'] in ('tinh', 'thanh-pho') and not r['parent_code']:
        entries[(name, 'P')].update(new_to_old.get(r['code']) or {r['code']})
    else:
        entries[(name, 'C')].update(new_to_old.get(r['code']) or new_to_old.get(r['parent_code'], set()))

# everyday names of provinces that are not in the official lists
for alias, prov in [('TP.HCM', 'Hồ Chí Minh'), ('TPHCM', 'Hồ Chí Minh'), ('TP HCM', 'Hồ Chí Minh'), ('Sài Gòn', 'Hồ Chí Minh'),
                    ('Thừa Thiên Huế', 'Thừa Thiên Huế'), ('Huế', 'Thừa Thiên Huế'), ('Đăk Lăk', 'Đắk Lắk'), ('Đắc Lắc', 'Đắk Lắk'),
                    ('Buôn Ma Thuột', 'Đắk Lắk'), ('Bà Rịa - Vũng Tàu', 'Bà Rịa - Vũng Tàu'), ('Vũng Tàu', 'Bà Rịa - Vũng Tàu')]:
    if prov in province_code:
        entries[(alias, 'P' if alias not in ('Buôn Ma Thuột', 'Vũng Tàu') else 'D')].add(province_code[prov])

# hand-written aliases of the five provinces' places (aliases.csv): skip region-level, ambiguous and weak ones
skip = re.compile(r'ambiguous|region|weak|never match|do not match|low-precision|shared with', re.I)
ours = {c for n, c in province_code.items() if n in ('Đắk Nông', 'Lâm Đồng', 'Bình Thuận', 'Ninh Thuận', 'Khánh Hòa')}
local_names = defaultdict(set)
for (name, kind), codes in entries.items():
    for c in codes & ours:
        local_names[name.lower()].add(c)
def resolve(canonical, note):
    if nfc(canonical) in province_code: return {province_code[nfc(canonical)]}
    key = bare(canonical).lower()
    if key in local_names: return local_names[key]
    for prov, c in province_code.items():
        if c in ours and (prov.lower() in canonical.lower() or prov.lower() in (note or '').lower()): return {c}
    for name, codes in local_names.items():
        if len(codes) == 1 and name in (note or '').lower() and ' ' in name: return codes
    return set()
unresolved = []
for r in rows('aliases.csv'):
    if r['kind'] in ('region', 'merger-note') or skip.search(r['note'] or ''):
        continue
    codes = resolve(r['canonical'], r['note'])
    if not codes:
        unresolved.append(r); continue
    canonical_is_province = nfc(r['canonical']) in province_code
    alias = nfc(r['alias'])
    kind = 'P' if canonical_is_province and r['kind'] in ('variant', 'misspelling', 'unaccented', 'official-form', 'old-name') else 'L'
    if r['kind'] == 'post-2025-unit':
        alias, kind = bare(alias), 'C'
    entries[(alias, kind)].update(codes)

# commune homonyms show in the codes already; the flag is for names that are also ordinary words or people's names
homonyms = {bare(r['name']).lower() for r in rows('collisions.csv') 
            if r['kind'] == 'person-name' or (r['kind'] == 'common-words' and 'unaccented' not in r['note'] + r['collides_with'])}
with open(out, 'w', encoding='utf-8') as f:
    f.write('# generated by src/tools/generate-classify-gazetteer.py from shared/data/gazetteer (NSO unit lists, own aliases)\n')
    for (name, kind), codes in sorted(entries.items()):
        if not codes or len(name) < 2:
            continue
        flags = 'h' if name.lower() in homonyms else ''
        f.write(f"{name}\t{kind}\t{','.join(sorted(codes))}\t{flags}\n")
print('wrote', out, len(entries), 'unresolved aliases:', [(r['canonical'], r['alias']) for r in unresolved], file=sys.stderr)
