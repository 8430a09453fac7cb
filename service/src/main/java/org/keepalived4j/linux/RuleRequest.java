package org.keepalived4j.linux;

/** Add or delete a policy routing rule (virtual_rules). */
public record RuleRequest(boolean delete, Rule rule) implements RtnetlinkRequest {

    public static RuleRequest add(Rule rule) {
        return new RuleRequest(false, rule);
    }

    public static RuleRequest remove(Rule rule) {
        return new RuleRequest(true, rule);
    }

    @Override
    public NetlinkMessage message(int sequence) {
        int flags = NetlinkMessage.NLM_F_REQUEST | NetlinkMessage.NLM_F_ACK;
        return delete
                ? new NetlinkMessage(Rule.RTM_DELRULE, flags, sequence, 0, rule.encode(true))
                : new NetlinkMessage(Rule.RTM_NEWRULE, flags | NetlinkMessage.NLM_F_CREATE | NetlinkMessage.NLM_F_EXCL,
                        sequence, 0, rule.encode(false));
    }

    @Override
    public String describe() {
        return (delete ? "RTM_DELRULE " : "RTM_NEWRULE ") + rule.describe();
    }
}
