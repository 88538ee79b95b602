/*
 * This program is free software; you can redistribute it and/or modify
 * ruleid: license.gpl
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation; either version 2 of the License, or
 * (at your option) any later version.
 */
#include <stdlib.h>

/* ok: license.gpl */
/* Unlike the GNU General Public License, this file may be used in proprietary programs. */
int answer(void) { return 42; }
