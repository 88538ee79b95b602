# ruleid: license.spdx-identifier
# SPDX-License-Identifier: AGPL-3.0-or-later
"""A module an agent copied."""

# ruleid: license.spdx-identifier
# SPDX-License-Identifier: LGPL-2.1-or-later

# ruleid: license.spdx-identifier
# SPDX-License-Identifier: LicenseRef-Frobnicate

# ok: license.spdx-identifier
# SPDX-License-Identifier: BSD-3-Clause


def f():
    # ok: license.spdx-identifier
    return "see the SPDX-License-Identifier docs"
