# Fixture for secret.paypal-client-secret. Values are random, in the documented shape, not real secrets.
import os

import paypalrestsdk

paypalrestsdk.configure({
    "mode": "live",
    "client_id": "Auy3hkNmNaXqc-Wy-asFyMyd21J1sHeY1TQvoxuoJdmufA8zkisVuQBNNoObsLYWZzLrCeCQNXaf44IM",
    # ruleid: secret.paypal-client-secret
    "client_secret": "EMkTfjCJXXB9aFMIoYNEjOXDRFhsjutWn5DbdqhPqcMxNHCK71VZf20VoBX3z3tss1-HS3FiuRpvHj-h",
})

# ok: secret.paypal-client-secret
paypalrestsdk.configure({"mode": "live", "client_id": os.environ["PAYPAL_CLIENT_ID"], "client_secret": os.environ["PAYPAL_CLIENT_SECRET"]})

# ok: secret.paypal-client-secret
PAYPAL_CLIENT_SECRET = "<paypal-client-secret>"
