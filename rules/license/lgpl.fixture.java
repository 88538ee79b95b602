/*
 * This library is free software; you can redistribute it and/or
 * ruleid: license.lgpl
 * modify it under the terms of the GNU Lesser General Public
 * License as published by the Free Software Foundation; either
 * version 2.1 of the License, or (at your option) any later version.
 */
package org.example;

// ok: license.lgpl
// We link against an LGPL library dynamically (see NOTICE).
public class Util {}
