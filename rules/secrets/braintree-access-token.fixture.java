// Fixture for secret.braintree-access-token. Values are random, in the documented format, not real tokens.
import com.braintreegateway.BraintreeGateway;

public class Payments {
    // ruleid: secret.braintree-access-token
    static final BraintreeGateway GATEWAY = new BraintreeGateway("access_token$production$i6es1493czk8go2a$95de72e96e623d056403341fde594da6");

    // ok: secret.braintree-access-token
    static final BraintreeGateway SANDBOX = new BraintreeGateway("access_token$sandbox$lw9xentm2q2tbog6$261339854c4e58161dc4964fad2288fa");

    // ok: secret.braintree-access-token
    static final BraintreeGateway FROM_ENV = new BraintreeGateway(System.getenv("BRAINTREE_ACCESS_TOKEN"));
}
