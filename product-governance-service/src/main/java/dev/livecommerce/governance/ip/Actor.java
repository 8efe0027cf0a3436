package dev.livecommerce.governance.ip;

/** Who takes a step, as the gateway proved it: a role of the token and the id it speaks for. */
public record Actor(Role role, String id) {

    public enum Role {
        RIGHTS_HOLDER("rights-holder"), MERCHANT("merchant"), REVIEWER("reviewer"), OPERATOR("operator");

        private final String tokenRole;

        Role(String tokenRole) {
            this.tokenRole = tokenRole;
        }

        public String tokenRole() {
            return tokenRole;
        }
    }
}
