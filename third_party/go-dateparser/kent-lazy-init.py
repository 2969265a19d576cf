#!/usr/bin/env python3
"""Rewrites go-dateparser's internal/data locale files so that each locale is
built on first use (sync.OnceValue) instead of in init(). See README.kent.md."""
import re, sys, pathlib
d = pathlib.Path(sys.argv[1])
n = 0
for f in sorted(d.glob('*.go')):
    src = f.read_text()
    if f.name.startswith('0'):
        if f.name == '00-locale-data.go':
            src2 = re.sub(r'return &(\w+_Locale), true', r'return \1(), true', src)
            f.write_text(src2)
        continue
    if 'func init() {' not in src:
        continue
    lines = src.split('\n')
    out = []; i = 0
    # header up to the var block
    while not lines[i].startswith('var ('):
        out.append(lines[i]); i += 1
    while lines[i] != ')':
        i += 1
    i += 1
    while lines[i] != 'func init() {':
        if lines[i].strip(): raise SystemExit(f'{f}: unexpected {lines[i]!r}')
        i += 1
    i += 1
    body = []
    while lines[i] != '}':
        body.append(lines[i]); i += 1
    tail = lines[i+1:]
    j = 0
    while j < len(body):
        l = body[j]
        if not l.strip():
            j += 1; continue
        m = re.match(r'^\t(\w+_Locale) = merge\((nil|&\w+_Locale), LocaleData\{$', l)
        if not m: raise SystemExit(f'{f}: unexpected statement {l!r}')
        name, parent = m.group(1), m.group(2)
        parent = 'nil' if parent == 'nil' else parent[1:] + '()'
        out.append(f'var {name} = sync.OnceValue(func() *LocaleData {{')
        out.append(f'\tv := merge({parent}, LocaleData{{')
        j += 1
        while body[j] != '\t})':
            out.append(body[j]); j += 1
        out.append('\t})')
        out.append('\treturn &v')
        out.append('})')
        out.append('')
        j += 1; n += 1
    out.extend(tail)
    s = '\n'.join(out)
    s = s.replace('import "github.com/markusmobius/go-dateparser/internal/regexp"',
                  'import (\n\t"sync"\n\n\t"github.com/markusmobius/go-dateparser/internal/regexp"\n)', 1)
    if '"sync"' not in s:
        s = s.replace('package data\n', 'package data\n\nimport "sync"\n', 1)
    f.write_text(s)
print(n, 'locales made lazy')
