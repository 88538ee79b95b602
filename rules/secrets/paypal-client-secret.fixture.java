// Fixture for secret.paypal-client-secret in Java.
public class PayPalConfig {
    static final String PAYPAL_CLIENT_ID = "A5zxHyIcs_4tanfMM-Wwp7pcK37dqn7wdVNPBmYAUGZbVT_wVqmRWoJxPN6qaMpm7D8kWFYgTnQyFYRa";
    // ruleid: secret.paypal-client-secret
    static final String PAYPAL_CLIENT_SECRET = "EpOab_Ljkpy7GtB3yQ29FuUEryuZjfd0m_KcAbfg7e4lYV3DdiuzAUK6u4VF9cRC2R3Y5TOsxhFEvvAR";
    // ok: secret.paypal-client-secret
    static final String PAYPAL_CLIENT_SECRET_ENV = System.getenv("PAYPAL_CLIENT_SECRET");
}
