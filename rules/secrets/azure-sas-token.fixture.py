# Fixture for secret.azure-sas-token. Signatures are random, not real SAS tokens.
import os

from azure.storage.blob import BlobClient

# ruleid: secret.azure-sas-token
URL = "https://acmeprod.blob.core.windows.net/exports/report.csv?sp=r&st=2026-01-01T00:00:00Z&se=2026-12-31T00:00:00Z&spr=https&sv=2022-11-02&sr=b&sig=ETEPde%2BHiwapgwc0kdaQCTAafR1nZKBfonwEeEBw%2BzE%3D"

# ruleid: secret.azure-sas-token
SAS = "sv=2021-06-08&ss=bfqt&srt=sco&sp=rwdlacupitfx&se=2027-01-01T00:00:00Z&st=2026-01-01T00:00:00Z&spr=https&sig=hSxJj2h1N2L7rgEQmXWylGEl1EFD9kx05sHU6Y7cRyc%3D"

# ok: secret.azure-sas-token
client = BlobClient.from_blob_url(os.environ["EXPORT_SAS_URL"])

# A documentation template: no signature.
# ok: secret.azure-sas-token
TEMPLATE = "https://<account>.blob.core.windows.net/<container>?sv=<version>&se=<expiry>&sig=<signature>"

# A different service's signature parameter, with no SAS parameters around it.
# ok: secret.azure-sas-token
OTHER = "https://cdn.example.com/file.zip?expires=1780000000&sig=6Q7QPP49Fuud99PUCz8KohRar8Wbu7I7RFBfHA4kFCQ="
