# ruleid: license.gpl
# Licensed under the GNU General Public License, version 3.
#
# ok: license.gpl
# See docs/licensing.md for why we avoid GNU General Public License code.

def add(a, b):
    return a + b
