// Fixture for secret.alibaba-access-key-id. Values are random, in the documented format, not real keys.
import com.aliyun.teaopenapi.models.Config;

public class OssClientFactory {
    public static Config config() {
        return new Config()
            // ruleid: secret.alibaba-access-key-id
            .setAccessKeyId("LTAIZjFPpp8w0vwbLCBi6TYa")
            .setEndpoint("oss-cn-hangzhou.aliyuncs.com");
    }

    public static Config fromEnv() {
        // ok: secret.alibaba-access-key-id
        return new Config().setAccessKeyId(System.getenv("ALIBABA_CLOUD_ACCESS_KEY_ID"));
    }

    // ok: secret.alibaba-access-key-id
    static final String DOC = "LTAI****************";

    // A word that starts with the same letters.
    // ok: secret.alibaba-access-key-id
    static final String LABEL = "LTAIlorDefaultLabel";
}
