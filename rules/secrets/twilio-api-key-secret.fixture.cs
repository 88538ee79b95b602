// Fixture for secret.twilio-api-key-secret.
using Twilio;

class Sms
{
    static void Init()
    {
        // ruleid: secret.twilio-api-key-secret
        TwilioClient.Init("SK75ed639f96ff22c3599ffebd70215dea", "XWFLBMc1IJORkc0aN4UkTPa3Yafh9Mzm", "ACb30d43ffa9bca0f1737ad4093d7c0483");
        // ok: secret.twilio-api-key-secret
        TwilioClient.Init(Environment.GetEnvironmentVariable("TWILIO_API_KEY"), Environment.GetEnvironmentVariable("TWILIO_API_SECRET"));
    }

    // ruleid: secret.twilio-api-key-secret
    const string TwilioApiSecret = "KYyiAsk25Ore6u4YCUxi3hTrpIB9gWui";

    // ok: secret.twilio-api-key-secret
    const string TwilioApiSecretHint = "your-api-secret";
}
