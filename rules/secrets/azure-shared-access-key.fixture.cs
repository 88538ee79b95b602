// Fixture for secret.azure-shared-access-key. Keys are random bytes in base64, not real keys.
using Azure.Messaging.ServiceBus;

public static class Bus
{
    // ruleid: secret.azure-shared-access-key
    private const string Conn = "Endpoint=sb://acme-orders.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=6Q7QPP49Fuud99PUCz8KohRar8Wbu7I7RFBfHA4kFCQ=";

    // ok: secret.azure-shared-access-key
    private static readonly string FromEnv = Environment.GetEnvironmentVariable("SERVICEBUS_CONNECTION");

    // ok: secret.azure-shared-access-key
    private const string Template = "Endpoint=sb://<namespace>.servicebus.windows.net/;SharedAccessKeyName=<policy>;SharedAccessKey=<key>";

    // ruleid: secret.azure-shared-access-key
    private const string Device = "HostName=acme-iot.azure-devices.net;DeviceId=sensor-17;SharedAccessKey=or5lE0spz4ir77krNbVp1m021D/0Srcu6BK547D9yKI=";
}
