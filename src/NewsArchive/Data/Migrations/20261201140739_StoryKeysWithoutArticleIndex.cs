using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace NewsArchive.Data.Migrations
{
    /// <inheritdoc />
    public partial class StoryKeysWithoutArticleIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_StoryKeys_ArticleId",
                table: "StoryKeys");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_StoryKeys_ArticleId",
                table: "StoryKeys",
                column: "ArticleId");
        }
    }
}
