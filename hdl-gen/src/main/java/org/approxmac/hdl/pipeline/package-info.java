/**
 * Pipelining of combinational datapaths: a design is flattened ({@link org.approxmac.hdl.pipeline.Flattener}),
 * each signal's arrival time estimated in gate levels ({@link org.approxmac.hdl.pipeline.DelayModel}), the
 * adders a boundary falls inside optionally expanded so that registers can cut them
 * ({@link org.approxmac.hdl.pipeline.CuttableAdders}), and registers inserted at balanced stage boundaries
 * ({@link org.approxmac.hdl.pipeline.Pipeliner}).
 */
package org.approxmac.hdl.pipeline;
