/*******************************************************************************
 * Copyright (c) 2024 Example contributors.
 * ruleid: license.epl
 * This program and the accompanying materials are made available under the terms of the Eclipse Public License v2.0
 * which accompanies this distribution.
 ******************************************************************************/
package org.example.epl;

// ok: license.epl
// The Eclipse Public License allows linking from proprietary code.
class Plugin {}
