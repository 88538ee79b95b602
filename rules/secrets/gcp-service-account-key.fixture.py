# Fixture for secret.gcp-service-account-key: credentials built from an inline dict. Random PEM body, not a key.
import json
import os

from google.oauth2 import service_account

INFO = {
    "type": "service_account",
    "project_id": "orbit-data-dev",
    "client_email": "etl-runner@orbit-data-dev.iam.gserviceaccount.com",
    # ruleid: secret.gcp-service-account-key
    "private_key": "-----BEGIN PRIVATE KEY-----\nxWWUJU94cIslGDzDvNq7URJ2fikbxSt/1Y3dCVL9Ab6ZbOSDbq/3ZDlWzq4fQ3gu\nHMj2HDlU6S+2XxegGbetaLT658t6hr8nJujDOo4bdVeFi1R9OF5sdgHCNlsqtgHd\nV/RRJLUSMzNbSmxiAp5rfR12rqOpegzvC01Ny3TuL75ixb9GmCZq0HHP/A3KACHf\ngeCaWXPGBgedUiDq895XvsOua5C/JQDyK9X+bddIZU/R9LBAOz2r7sQL2nvNlW1k\n0UKzIohoG6Wq2g7Rl9MBBmGgfeYSne5v+Sdtp6Ma93JRuCqjx/g0GG1u9JVGF1oF\nBJdKHiLYGVBZJSAxgIQPrNqjqfnzxxYsNp2SpnS4T5j6WgxIKrcVeu7KzH4OThFW\nJxdDB0egr/QrbND5QU2jC93OFXr1mqZ5uqligf0DeoeZQ/qWyNkcBaOBacKHnw1w\nInAlyGRPD856P0q5I0x8Sw7xqRF8nv99gQGIbqVZat/DuBZCdAB/UkfBmOqy9sJZ\nU73R1HO1aTaNx1RPN0pbSSHgUxEPfu0mb/vL93D6k/37vFEL8i4YFai2QjVoz521\nnR3MFOnbdAzD9MKYguWJePenwQcQMRkP/LOvoJxD4JRSoOgpTQIGUZ8WH3OU3WYj\nySzTtgtXV1G94x07lnlXDnyFDqrqMxCPN6tcV3IGjuUOxMNwu/Enl7VL0VGdyKMy\nRR+lzStjR3ZNtwU5DAEAtFPstzoOaE5YGkKpqcht2Y006H9iLO9bajfX67mjrH8K\nwDdtTZ7aM1uPaZV0lo+etY8JJDC4osxp5tnI2OZg6m1JzDedUEyol1/Upg3jKUw0\nm2ILi8xpTba3ClO5HqDrqyzE+qMQ8BX92+9R/V/bieKoYYt8ZJDRFL0GvFjM8sp+\n7G4MxOW7UYgOO82asAwpDeCp/HvoJ9nmHr3Zqmqx5nuAsTeq2CtKLhVVEBNP3q9g\n6rKr2qPoUB80jbK695+Tyk09/FBBMOV5IciF2YvGEk8Ric47zIWtFBjluvyKRw4y\nB63LGmWMoEx45pbPMHybRludLy6rGwdc5HyJRn1vFP6E2yW/yU2GHscgrmKRkklm\nCFWsFXAi3j+ebWAsQmco6ikYXlUqSd8wToKsb7pSCsfG7wjhS03f4s5uY1ZkAMuR\nrkSnmWkA6tZgBQmrPgAnJ9JMLTaz0PQ3Hc+2GRLSrTfo9vb9YJABR7wgTTpZw5wC\ncIf/Am92/41i2uvLGnIUZKSOQ8GxDfNTbY8+YBVqZT9w20flxhXHHKuYkmoLWb8Q\natKDpuyXZ/Ylk7XlGVurPWUl6uSkDGsHfa7AL8vTxG+5cekMPYUm6Uf0AlMKiC6Y\n88hr6OVvIhE3SXlF9TNxJxYj9Dovcmyj5kSqYNAfbxgzbagwXoOvFhxoN5GOcMhg\nMpDqziy1CM8pGKgWJLKvuXFjgiD8sdSd9DYFUpOm585/i5i10o2FBEKjouc4faqb\ncdhsS/V2giTlFylnZeOSzoTrgTAdA+vAB5fXGW3SUOrW7otWUkCbpolbQxAPKPjr\nxe35DrgFfhQ34WHH3etwHHTKKdJQthS3z/HFEC5A2ntaLWGMOHgULAG0oGN7W+YY\nERQwOPdU7r7OhL9Jbo/LRdp9\n-----END PRIVATE KEY-----\n",
    "token_uri": "https://oauth2.googleapis.com/token",
}
creds = service_account.Credentials.from_service_account_info(INFO)

# ok: secret.gcp-service-account-key
creds = service_account.Credentials.from_service_account_file(os.environ["GOOGLE_APPLICATION_CREDENTIALS"])

# A documentation snippet with the key elided.
# ok: secret.gcp-service-account-key
EXAMPLE = {"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----\n"}

# ok: secret.gcp-service-account-key
TEMPLATE = {"type": "service_account", "private_key": "{{ gcp_private_key }}"}
