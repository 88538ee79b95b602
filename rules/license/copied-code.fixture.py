# Test sample for license.copied-code: the version part comparison of python-debian 0.1.49
# (debian/debian_support.py, GPL-2.0-or-later), as plain functions with new names and a different layout.
import re

DIGITS = re.compile(r"^\d+$")


class Cmp:
    # The two findall lines are too uniform to be fingerprints: the match starts at the loop.
    def compare_chunks(k, left, right):
        xs = k.rx_split.findall(left)
        ys = k.rx_split.findall(right)
        # ruleid: license.copied-code
        while xs or ys:
            p = "0"; q = "0"
            if xs: p = xs.pop(0)
            if ys: q = ys.pop(0)
            if k.rx_num.match(p) and k.rx_num.match(q):
                pv = int(p); qv = int(q)
                if pv < qv: return -1
                if pv > qv: return 1
            else:
                r = k.compare_text(p, q)
                if r != 0: return r
        return 0


# ok: license.copied-code
def parse_pairs(text):
    out = {}
    for line in text.splitlines():
        if "=" in line:
            key, value = line.split("=", 1)
            out[key.strip()] = value.strip()
    return out
