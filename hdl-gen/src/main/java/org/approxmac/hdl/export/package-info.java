/**
 * Exports of an integer multiplier's function for DNN emulators (docs/emulators.md): a dependency-free
 * C99 model rendered from the multiplier's flattened RTL ({@link org.approxmac.hdl.export.CModels}) and
 * full look-up tables of 8-bit multipliers in the layouts TFApprox and AdaPT load
 * ({@link org.approxmac.hdl.export.LookUpTables}).
 */
package org.approxmac.hdl.export;
