package org.keepalived4j.testing;

/** One line a process printed; lines are numbered from 1. */
public record OutputLine(int number, String text) {
}
