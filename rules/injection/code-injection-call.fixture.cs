// Fixture for injection.code-injection-call (C#).
using System;
using System.CodeDom.Compiler;
using System.Collections.Generic;
using System.Data;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.CSharp;

[ApiController]
[Route("api/[controller]")]
public class RulesController : ControllerBase
{
    private static readonly Dictionary<string, Func<decimal, decimal>> Discounts = new()
    {
        ["none"] = p => p,
        ["half"] = p => p / 2,
    };

    [HttpPost("evaluate")]
    public async Task<IActionResult> Evaluate([FromBody] RuleRequest body)
    {
        // ruleid: injection.code-injection-call
        var result = await CSharpScript.EvaluateAsync<decimal>(body.Expression);
        return Ok(result);
    }

    [HttpGet("run")]
    public async Task<IActionResult> Run()
    {
        string code = Request.Query["code"];
        // ruleid: injection.code-injection-call
        var state = await CSharpScript.RunAsync(code, ScriptOptions.Default.WithImports("System"));
        return Ok(state.ReturnValue);
    }

    [HttpPost("formula")]
    public async Task<IActionResult> Formula()
    {
        // ruleid: injection.code-injection-call
        var value = await CSharpScript.EvaluateAsync(Request.Form["formula"].ToString());
        return Ok(value);
    }

    [HttpPost("price")]
    public async Task<IActionResult> Price([FromBody] RuleRequest body)
    {
        // ruleid: injection.code-injection-call
        var script = CSharpScript.Create<decimal>($"return {body.Expression} * 1.2m;", globalsType: typeof(Globals));
        var state = await script.RunAsync(new Globals { Price = 10m });
        return Ok(state.ReturnValue);
    }

    [HttpPost("legacy")]
    public IActionResult Legacy([FromBody] RuleRequest body)
    {
        var engine = Microsoft.JScript.Vsa.VsaEngine.CreateEngine();
        // ruleid: injection.code-injection-call
        var value = Microsoft.JScript.Eval.JScriptEvaluate(body.Expression, engine);
        return Ok(value);
    }

    [HttpPost("plugin")]
    public IActionResult Plugin([FromBody] RuleRequest body)
    {
        using var provider = new CSharpCodeProvider();
        var options = new CompilerParameters { GenerateInMemory = true };
        // ruleid: injection.code-injection-call
        var compiled = provider.CompileAssemblyFromSource(options, "public class P { public static object Run() { return " + body.Expression + "; } }");
        return Ok(compiled.Errors.Count);
    }

    [HttpGet("safe")]
    public async Task<IActionResult> Safe(string discount, decimal price)
    {
        // ok: injection.code-injection-call
        var constant = await CSharpScript.EvaluateAsync<int>("1 + 2");
        // ok: injection.code-injection-call
        var apply = Discounts.TryGetValue(discount, out var fn) ? fn : Discounts["none"];
        // ok: injection.code-injection-call
        var total = apply(price);
        // ok: injection.code-injection-call
        var sum = new DataTable().Compute("SUM(Amount)", "Amount > 0");
        using var provider = new CSharpCodeProvider();
        // ok: injection.code-injection-call
        var compiled = provider.CompileAssemblyFromSource(new CompilerParameters(), "public class Fixed { }");
        return Ok(new { constant, total, sum, errors = compiled.Errors.Count });
    }
}

public class RuleRequest
{
    public string Expression { get; set; } = "";
}

public class Globals
{
    public decimal Price { get; set; }
}
