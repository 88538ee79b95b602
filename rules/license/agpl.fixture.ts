// ruleid: license.agpl
// This program is free software: you can redistribute it and/or modify it under the terms of the GNU Affero General
// Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option)
// any later version.
export const version = '1.0.0';

// ok: license.agpl
// Network services built on GNU Affero General Public License code must offer their source.
export const note = 'policy';
