package org.keepalived4j.config.vrrp;

/** What a keyword handler writes into: the block being read, and the state of the whole VRRP read. */
record Reading<D>(VrrpParse parse, D draft) {
}
