#pragma warning disable CA1861 // generated: constant arrays in a migration that runs once
﻿using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsArchive.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddStories : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CopyOfId",
                table: "Articles",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "StoryId",
                table: "Articles",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Stories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    FirstArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    FirstPublished = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastPublished = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Size = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Stories", x => x.Id);
                });

            migrationBuilder.Sql("CREATE TABLE \"StoryKeys\" (\"Key\" INTEGER NOT NULL, \"Day\" INTEGER NOT NULL, \"ArticleId\" INTEGER NOT NULL, CONSTRAINT \"PK_StoryKeys\" PRIMARY KEY (\"Key\", \"Day\", \"ArticleId\")) WITHOUT ROWID;");

            migrationBuilder.CreateTable(
                name: "StorySketches",
                columns: table => new
                {
                    ArticleId = table.Column<int>(type: "INTEGER", nullable: false),
                    Day = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    StoryId = table.Column<int>(type: "INTEGER", nullable: true),
                    CopyOfId = table.Column<int>(type: "INTEGER", nullable: true),
                    MinHash = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Terms = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StorySketches", x => x.ArticleId);
                });

            migrationBuilder.Sql("CREATE TABLE \"StoryTerms\" (\"Term\" INTEGER NOT NULL CONSTRAINT \"PK_StoryTerms\" PRIMARY KEY, \"Docs\" INTEGER NOT NULL) WITHOUT ROWID;");

            migrationBuilder.CreateIndex(
                name: "IX_Articles_SortKey_StoryId_CopyOfId",
                table: "Articles",
                columns: new[] { "SortKey", "StoryId", "CopyOfId" });

            migrationBuilder.CreateIndex(
                name: "IX_Articles_StoryId",
                table: "Articles",
                column: "StoryId");

            migrationBuilder.CreateIndex(
                name: "IX_StoryKeys_ArticleId",
                table: "StoryKeys",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_StorySketches_CopyOfId",
                table: "StorySketches",
                column: "CopyOfId");

            migrationBuilder.CreateIndex(
                name: "IX_StorySketches_StoryId",
                table: "StorySketches",
                column: "StoryId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Stories");

            migrationBuilder.DropTable(
                name: "StoryKeys");

            migrationBuilder.DropTable(
                name: "StorySketches");

            migrationBuilder.DropTable(
                name: "StoryTerms");

            migrationBuilder.DropIndex(
                name: "IX_Articles_SortKey_StoryId_CopyOfId",
                table: "Articles");

            migrationBuilder.DropIndex(
                name: "IX_Articles_StoryId",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "CopyOfId",
                table: "Articles");

            migrationBuilder.DropColumn(
                name: "StoryId",
                table: "Articles");
        }
    }
}
