/**
 * Pipelining of combinational datapaths: a design is flattened ({@link org.approxmac.hdl.pipeline.Flattener}),
 * each signal's arrival time estimated in gate levels ({@link org.approxmac.hdl.pipeline.DelayModel}), and
 * registers inserted at balanced stage boundaries ({@link org.approxmac.hdl.pipeline.Pipeliner}).
 */
package org.approxmac.hdl.pipeline;
