// ruleid: license.spdx-identifier
// SPDX-License-Identifier: GPL-2.0-only
#include <stdio.h>

/* ruleid: license.spdx-identifier */
/* SPDX-License-Identifier: (GPL-2.0-or-later WITH Linux-syscall-note) AND BUSL-1.1 */

// ok: license.spdx-identifier
// SPDX-License-Identifier: MIT

// ok: license.spdx-identifier
// SPDX-License-Identifier: (MIT OR GPL-3.0-only)

// ok: license.spdx-identifier
// SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception

int main(void) { return 0; }
