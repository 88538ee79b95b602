// Fixture for injection.unsafe-deserialization (C#).
using System;
using System.IO;
using System.Runtime.Serialization;
using System.Runtime.Serialization.Formatters.Binary;
using System.Runtime.Serialization.Formatters.Soap;
using System.Text.Json;
using System.Web.Script.Serialization;
using System.Web.UI;
using Microsoft.AspNetCore.Mvc;
using Newtonsoft.Json;

[ApiController]
[Route("api/[controller]")]
public class StateController : ControllerBase
{
    private readonly BinaryFormatter _serializer = new BinaryFormatter();
    private readonly IFormatter _formatter = new SoapFormatter();

    [HttpPost("restore")]
    public IActionResult Restore([FromBody] string state)
    {
        var bytes = Convert.FromBase64String(state);
        var bf = new BinaryFormatter();
        using (var ms = new MemoryStream(bytes))
        {
            // ruleid: injection.unsafe-deserialization
            var cart = (Cart)bf.Deserialize(ms);
            return Ok(cart);
        }
    }

    [HttpPost("soap")]
    public IActionResult Soap()
    {
        // ruleid: injection.unsafe-deserialization
        var obj = _formatter.Deserialize(Request.Body);
        return Ok(obj);
    }

    [HttpPost("field")]
    public IActionResult Field()
    {
        // ruleid: injection.unsafe-deserialization
        return Ok(_serializer.Deserialize(Request.Body));
    }

    [HttpPost("viewstate")]
    public IActionResult ViewState([FromForm] string viewState)
    {
        // ruleid: injection.unsafe-deserialization
        var graph = new LosFormatter().Deserialize(viewState);
        var nds = new NetDataContractSerializer();
        // ruleid: injection.unsafe-deserialization
        var other = nds.ReadObject(Request.Body);
        return Ok(new { graph, other });
    }

    [HttpPost("json")]
    public IActionResult Json([FromBody] string json)
    {
        // ruleid: injection.unsafe-deserialization
        var settings = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.Auto };
        var order = JsonConvert.DeserializeObject<Order>(json, settings);
        var global = new JsonSerializerSettings();
        // ruleid: injection.unsafe-deserialization
        global.TypeNameHandling = TypeNameHandling.All;
        // ruleid: injection.unsafe-deserialization
        var legacy = new JavaScriptSerializer(new SimpleTypeResolver()).Deserialize<Order>(json);
        return Ok(new { order, legacy });
    }

    [HttpPost("safe")]
    public IActionResult Safe([FromBody] string json)
    {
        // ok: injection.unsafe-deserialization
        var order = JsonConvert.DeserializeObject<Order>(json);
        // ok: injection.unsafe-deserialization
        var plain = JsonConvert.DeserializeObject<Order>(json, new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.None });
        // ok: injection.unsafe-deserialization
        var bound = new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.Objects, SerializationBinder = new KnownTypesBinder() };
        // ok: injection.unsafe-deserialization
        var modern = System.Text.Json.JsonSerializer.Deserialize<Order>(json);
        var contract = new DataContractSerializer(typeof(Order));
        // ok: injection.unsafe-deserialization
        var typed = contract.ReadObject(Request.Body);
        // ok: injection.unsafe-deserialization
        var legacy = new JavaScriptSerializer().Deserialize<Order>(json);
        return Ok(new { order, plain, bound, modern, typed, legacy });
    }
}

public class Order
{
    [JsonProperty(TypeNameHandling = TypeNameHandling.None)]
    public object Payload { get; set; }

    // ruleid: injection.unsafe-deserialization
    [JsonProperty(ItemTypeNameHandling = TypeNameHandling.Auto)]
    public object[] Items { get; set; }
}

public class Cart
{
}
