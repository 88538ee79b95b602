// Fixture for injection.sql-injection-call (C#): an ASP.NET Core controller.
using System.Data;
using System.Data.SqlClient;
using Dapper;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

[ApiController]
[Route("api/[controller]")]
public class ProductsController : ControllerBase
{
    private readonly ShopContext _db;
    private readonly IDbConnection _conn;
    private readonly string _connectionString;

    [HttpGet("search")]
    public IActionResult Search(string name, string sort)
    {
        using var conn = new SqlConnection(_connectionString);
        // ruleid: injection.sql-injection-call
        var cmd = new SqlCommand("SELECT * FROM Products WHERE Name = '" + name + "'", conn);
        // ruleid: injection.sql-injection-call
        cmd.CommandText = $"SELECT * FROM Products ORDER BY {sort}";
        // ruleid: injection.sql-injection-call
        var products = _db.Products.FromSqlRaw($"SELECT * FROM Products WHERE Category = '{name}'").ToList();
        // ruleid: injection.sql-injection-call
        _db.Database.ExecuteSqlRaw("DELETE FROM Carts WHERE Owner = '" + User.Identity.Name + "'");
        // ruleid: injection.sql-injection-call
        var rows = _conn.Query<Product>("SELECT * FROM Products WHERE Sku = '" + Request.Query["sku"] + "'");
        // ruleid: injection.sql-injection-call
        var n = _conn.ExecuteScalar<int>(string.Format("SELECT COUNT(*) FROM Orders WHERE Region = '{0}'", name));
        // ruleid: injection.sql-injection-call
        var adapter = new NpgsqlDataAdapter(string.Format("SELECT * FROM logs WHERE level = '{0}'", name), conn);
        // ruleid: injection.sql-injection-call
        var legacy = _db.Products.FromSql("SELECT * FROM Products WHERE Name = '" + name + "'").ToList();
        // ruleid: injection.sql-injection-call
        var cmd2 = new SqlCommand { Connection = conn, CommandText = "UPDATE Stock SET Qty = 0 WHERE Sku = " + Request.Form["sku"] };
        return Ok(products);
    }

    [HttpDelete("{table}")]
    public IActionResult Purge(string table)
    {
        using var conn = new SqlConnection(_connectionString);
        var cmd = conn.CreateCommand();
        // ruleid: injection.sql-injection-call
        cmd.CommandText = @"DELETE FROM dbo." + table + @"
                            WHERE CreatedAt < DATEADD(day, -30, GETDATE())";
        cmd.ExecuteNonQuery();
        return NoContent();
    }

    [HttpGet("safe")]
    public IActionResult Safe(string name, int id)
    {
        using var conn = new SqlConnection(_connectionString);
        // ok: injection.sql-injection-call
        var cmd = new SqlCommand("SELECT * FROM Products WHERE Name = @name", conn);
        cmd.Parameters.AddWithValue("@name", name);
        // ok: injection.sql-injection-call
        cmd.CommandText = "SELECT * FROM Products " + "WHERE Id = @id";
        // ok: injection.sql-injection-call
        var a = _db.Products.FromSqlInterpolated($"SELECT * FROM Products WHERE Name = {name}").ToList();
        // ok: injection.sql-injection-call
        var b = _db.Products.FromSql($"SELECT * FROM Products WHERE Name = {name}").ToList();
        // ok: injection.sql-injection-call
        var c = _db.Products.FromSqlRaw("SELECT * FROM Products WHERE Name = {0}", name).ToList();
        // ok: injection.sql-injection-call
        var d = _conn.Query<Product>("SELECT * FROM Products WHERE Name = @Name", new { Name = name });
        // ok: injection.sql-injection-call
        _db.Database.ExecuteSql($"DELETE FROM Carts WHERE Id = {id}");
        // ok: injection.sql-injection-call
        var e = new SqlCommand(StoredQueries.ActiveProducts, conn);
        // ok: injection.sql-injection-call
        var log = _logger.Query($"level={name}");
        // ok: injection.sql-injection-call
        var f = new SqlCommand($"SELECT {nameof(Product.Id)} FROM Products", conn);
        return Ok(a);
    }
}
